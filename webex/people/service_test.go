package people_test

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gowebex/sdk/internal/sdktest"
	"github.com/gowebex/sdk/webex"
	"github.com/gowebex/sdk/webex/people"
)

// personBody is a person shaped like the spec's example, with this test's
// own values. invitePending and loginEnabled are strings, as documented;
// roles hold one comma-joined string, as in the spec's example.
func personBody(id, email string) map[string]any {
	return map[string]any{
		"id":           id,
		"emails":       []string{email},
		"phoneNumbers": []map[string]any{{"type": "work", "value": "+1 555 0100", "primary": true}, {"type": "work_extension", "value": "8001234", "primary": false}},
		"extension":    "1234",
		"locationId":   "LOC-1",
		"displayName":  "Ada Lovelace",
		"nickName":     "Ada",
		"firstName":    "Ada",
		"lastName":     "Lovelace",
		"avatar":       "https://avatars.example.com/ada.png",
		"orgId":        "ORG-1",
		"roles":        []string{"ROLE-A,ROLE-B"},
		"licenses":     []string{"LIC-1", "LIC-2"},
		"department":   "Engines",
		"manager":      "Charles Babbage",
		"managerId":    "PERSON-CB",
		"title":        "Analyst",
		"addresses": []map[string]any{{
			"type": "work", "country": "GB", "locality": "London", "region": "Greater London",
			"streetAddress": "12 St James's Square", "postalCode": "SW1Y 4JH",
		}},
		"created":           "2024-03-01T09:15:30.000Z",
		"lastModified":      "2024-04-02T10:00:00.000Z",
		"timezone":          "Europe/London",
		"lastActivity":      "2024-05-03T17:45:02.123Z",
		"siteUrls":          []string{"engines.webex.com#attendee"},
		"sipAddresses":      []map[string]any{{"type": "personal-room", "value": "ada@engines.webex.com", "primary": true}},
		"xmppFederationJid": "ada@xmpp.example.com",
		"status":            "DoNotDisturb",
		"invitePending":     "false",
		"loginEnabled":      "true",
		"type":              "person",
	}
}

// assertFullPerson checks every field of personBody("P1", "ada@example.com").
func assertFullPerson(t *testing.T, p *people.Person) {
	t.Helper()
	require.NotNil(t, p)
	assert.Equal(t, "P1", p.ID)
	assert.Equal(t, []string{"ada@example.com"}, p.Emails)
	assert.Equal(t, []people.PhoneNumber{
		{Type: people.PhoneTypeWork, Value: "+1 555 0100", Primary: true},
		{Type: people.PhoneTypeWorkExtension, Value: "8001234"},
	}, p.PhoneNumbers)
	assert.Equal(t, "1234", p.Extension)
	assert.Equal(t, "LOC-1", p.LocationID)
	assert.Equal(t, "Ada Lovelace", p.DisplayName)
	assert.Equal(t, "Ada", p.NickName)
	assert.Equal(t, "Ada", p.FirstName)
	assert.Equal(t, "Lovelace", p.LastName)
	assert.Equal(t, "https://avatars.example.com/ada.png", p.Avatar)
	assert.Equal(t, "ORG-1", p.OrgID)
	assert.Equal(t, []string{"ROLE-A,ROLE-B"}, p.Roles)
	assert.Equal(t, []string{"LIC-1", "LIC-2"}, p.Licenses)
	assert.Equal(t, "Engines", p.Department)
	assert.Equal(t, "Charles Babbage", p.Manager)
	assert.Equal(t, "PERSON-CB", p.ManagerID)
	assert.Equal(t, "Analyst", p.Title)
	assert.Equal(t, []people.Address{{
		Type: "work", Country: "GB", Locality: "London", Region: "Greater London",
		StreetAddress: "12 St James's Square", PostalCode: "SW1Y 4JH",
	}}, p.Addresses)
	assert.True(t, p.Created.Equal(time.Date(2024, 3, 1, 9, 15, 30, 0, time.UTC)), "created %v", p.Created)
	assert.True(t, p.LastModified.Equal(time.Date(2024, 4, 2, 10, 0, 0, 0, time.UTC)), "lastModified %v", p.LastModified)
	assert.Equal(t, "Europe/London", p.Timezone)
	assert.True(t, p.LastActivity.Equal(time.Date(2024, 5, 3, 17, 45, 2, 123e6, time.UTC)), "lastActivity %v", p.LastActivity)
	assert.Equal(t, []string{"engines.webex.com#attendee"}, p.SiteURLs)
	assert.Equal(t, []people.SIPAddress{{Type: people.SIPTypePersonalRoom, Value: "ada@engines.webex.com", Primary: true}}, p.SIPAddresses)
	assert.Equal(t, "ada@xmpp.example.com", p.XMPPFederationJID)
	assert.Equal(t, people.StatusDoNotDisturb, p.Status)
	require.NotNil(t, p.InvitePending)
	assert.False(t, *p.InvitePending)
	require.NotNil(t, p.LoginEnabled)
	assert.True(t, *p.LoginEnabled)
	assert.Equal(t, people.TypePerson, p.Type)
}

func TestListSendsEveryFilterAndFollowsPages(t *testing.T) {
	t.Parallel()
	mux, c := sdktest.New(t)
	var calls atomic.Int32
	mux.HandleFunc("GET /v1/people", func(w http.ResponseWriter, r *http.Request) {
		sdktest.CheckRequest(t, r, http.MethodGet)
		q := r.URL.Query()
		want := url.Values{
			"email": {"ada@example.com"}, "displayName": {"Ada"}, "id": {"P1,P2"}, "orgId": {"ORG-1"},
			"roles": {"ROLE-A,ROLE-B"}, "callingData": {"true"}, "locationId": {"LOC-1"},
			"excludeStatus": {"true"}, "max": {"1"},
		}
		switch calls.Add(1) {
		case 1:
			assert.Equal(t, want, q)
			w.Header().Set("Link", fmt.Sprintf(`<http://%s/v1/people?cursor=two&max=1>; rel="next"`, r.Host))
			sdktest.WriteJSON(w, http.StatusOK, map[string]any{"items": []any{personBody("P1", "ada@example.com")}, "notFoundIds": []string{}})
		case 2:
			assert.Equal(t, "two", q.Get("cursor"))
			// Filters the next link dropped are put back.
			assert.Equal(t, "ada@example.com", q.Get("email"))
			assert.Equal(t, "P1,P2", q.Get("id"))
			sdktest.WriteJSON(w, http.StatusOK, map[string]any{"items": []any{personBody("P2", "grace@example.com")}})
		default:
			t.Errorf("unexpected third request")
		}
	})
	var got []*people.Person
	for p, err := range c.People.List(context.Background(), &people.ListParams{
		Email: "ada@example.com", DisplayName: "Ada", IDs: []string{"P1", "P2"}, OrgID: "ORG-1",
		Roles: []string{"ROLE-A", "ROLE-B"}, CallingData: true, LocationID: "LOC-1",
		ExcludeStatus: true, Max: 1,
	}) {
		require.NoError(t, err)
		got = append(got, p)
	}
	require.Len(t, got, 2)
	assertFullPerson(t, got[0])
	assert.Equal(t, "P2", got[1].ID)
	assert.Equal(t, []string{"grace@example.com"}, got[1].Emails)
	assert.EqualValues(t, 2, calls.Load())
}

func TestListUnfilteredSendsNoQuery(t *testing.T) {
	t.Parallel()
	mux, c := sdktest.New(t)
	mux.HandleFunc("GET /v1/people", func(w http.ResponseWriter, r *http.Request) {
		assert.Empty(t, r.URL.RawQuery)
		sdktest.WriteJSON(w, http.StatusOK, map[string]any{"items": []any{personBody("P1", "ada@example.com")}})
	})
	n := 0
	for p, err := range c.People.List(context.Background(), &people.ListParams{Unfiltered: true}) {
		require.NoError(t, err)
		assert.Equal(t, "P1", p.ID)
		n++
	}
	assert.Equal(t, 1, n)
}

func TestListValidation(t *testing.T) {
	t.Parallel()
	tooMany := make([]string, people.MaxListIDs+1)
	for i := range tooMany {
		tooMany[i] = fmt.Sprintf("P%d", i)
	}
	tests := []struct {
		name string
		p    *people.ListParams
		want string
	}{
		{"nil", nil, "webex: people: ListParams is nil"},
		{"no filter", &people.ListParams{Max: 10}, "needs Email, DisplayName, IDs, Roles, LocationID or OrgID, or Unfiltered"},
		{"negative max", &people.ListParams{Email: "a@example.com", Max: -1}, "Max must not be negative"},
		{"too many ids", &people.ListParams{IDs: tooMany}, "holds 86 ids, at most 85"},
		{"empty id", &people.ListParams{IDs: []string{"P1", " "}}, "ListParams.IDs holds an empty id"},
		{"empty role", &people.ListParams{Roles: []string{""}}, "Roles holds an empty role id"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			mux, c := sdktest.New(t)
			sdktest.Forbid(t, mux)
			n := 0
			for p, err := range c.People.List(context.Background(), tt.p) {
				n++
				assert.Nil(t, p)
				require.Error(t, err)
				assert.Contains(t, err.Error(), tt.want)
			}
			assert.Equal(t, 1, n, "List yields the error once")
			_, err := c.People.ListPage(context.Background(), tt.p, "")
			require.Error(t, err)
			assert.Contains(t, err.Error(), tt.want)
		})
	}
}

func TestListPageResumes(t *testing.T) {
	t.Parallel()
	mux, c := sdktest.New(t)
	mux.HandleFunc("GET /v1/people", func(w http.ResponseWriter, r *http.Request) {
		sdktest.CheckRequest(t, r, http.MethodGet)
		assert.Equal(t, "Ada", r.URL.Query().Get("displayName"))
		if r.URL.Query().Get("cursor") == "" {
			w.Header().Set("Link", fmt.Sprintf(`<http://%s/v1/people?cursor=next&displayName=Ada>; rel="next"`, r.Host))
			sdktest.WriteJSON(w, http.StatusOK, map[string]any{"items": []any{personBody("P1", "ada@example.com")}})
			return
		}
		assert.Equal(t, "next", r.URL.Query().Get("cursor"))
		sdktest.WriteJSON(w, http.StatusOK, map[string]any{"items": []any{personBody("P2", "adam@example.com")}})
	})
	p := &people.ListParams{DisplayName: "Ada"}
	first, err := c.People.ListPage(context.Background(), p, "")
	require.NoError(t, err)
	require.Len(t, first.Items, 1)
	assert.Equal(t, "P1", first.Items[0].ID)
	require.NotEmpty(t, first.NextURL)

	second, err := c.People.ListPage(context.Background(), p, first.NextURL)
	require.NoError(t, err)
	require.Len(t, second.Items, 1)
	assert.Equal(t, "P2", second.Items[0].ID)
	assert.Empty(t, second.NextURL)
}

func TestLookupReportsNotFoundIDs(t *testing.T) {
	t.Parallel()
	mux, c := sdktest.New(t)
	mux.HandleFunc("GET /v1/people", func(w http.ResponseWriter, r *http.Request) {
		sdktest.CheckRequest(t, r, http.MethodGet)
		assert.Equal(t, url.Values{"id": {"P1,GONE"}, "max": {"85"}}, r.URL.Query())
		sdktest.WriteJSON(w, http.StatusOK, map[string]any{"items": []any{personBody("P1", "ada@example.com")}, "notFoundIds": []string{"GONE"}})
	})
	r, err := c.People.Lookup(context.Background(), []string{"P1", "GONE"})
	require.NoError(t, err)
	require.Len(t, r.People, 1)
	assertFullPerson(t, &r.People[0])
	assert.Equal(t, []string{"GONE"}, r.NotFoundIDs)
}

func TestLookupValidation(t *testing.T) {
	t.Parallel()
	mux, c := sdktest.New(t)
	sdktest.Forbid(t, mux)
	_, err := c.People.Lookup(context.Background(), nil)
	require.ErrorContains(t, err, "webex: people: Lookup needs at least one id")
	_, err = c.People.Lookup(context.Background(), make([]string, people.MaxListIDs+1))
	require.ErrorContains(t, err, "at most 85")
	_, err = c.People.Lookup(context.Background(), []string{""})
	require.ErrorContains(t, err, "empty id")
}

func TestGetDecodesEveryField(t *testing.T) {
	t.Parallel()
	mux, c := sdktest.New(t)
	mux.HandleFunc("GET /v1/people/{personId}", func(w http.ResponseWriter, r *http.Request) {
		sdktest.CheckRequest(t, r, http.MethodGet)
		assert.Equal(t, "P1", r.PathValue("personId"))
		sdktest.WriteJSON(w, http.StatusOK, personBody(r.PathValue("personId"), "ada@example.com"))
	})
	p, err := c.People.Get(context.Background(), "P1", nil)
	require.NoError(t, err)
	assertFullPerson(t, p)
}

func TestGetAndMeQuery(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name  string
		p     *people.GetParams
		query string
	}{
		{"nil params", nil, ""},
		{"defaults", &people.GetParams{}, ""},
		{"calling data", &people.GetParams{CallingData: true}, "callingData=true"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			mux, c := sdktest.New(t)
			mux.HandleFunc("GET /v1/people/{personId}", func(w http.ResponseWriter, r *http.Request) {
				sdktest.CheckRequest(t, r, http.MethodGet)
				assert.Equal(t, tt.query, r.URL.RawQuery)
				sdktest.WriteJSON(w, http.StatusOK, personBody(r.PathValue("personId"), "ada@example.com"))
			})
			mux.HandleFunc("GET /v1/people/me", func(w http.ResponseWriter, r *http.Request) {
				sdktest.CheckRequest(t, r, http.MethodGet)
				assert.Equal(t, tt.query, r.URL.RawQuery)
				body := personBody("ME", "bot@webex.bot")
				body["type"] = "bot"
				sdktest.WriteJSON(w, http.StatusOK, body)
			})
			p, err := c.People.Get(context.Background(), "a/b", tt.p)
			require.NoError(t, err)
			assert.Equal(t, "a/b", p.ID, "the id is path-escaped, not split")
			me, err := c.People.Me(context.Background(), tt.p)
			require.NoError(t, err)
			assert.Equal(t, "ME", me.ID)
			assert.Equal(t, people.TypeBot, me.Type)
		})
	}
}

func TestCreateSendsEveryField(t *testing.T) {
	t.Parallel()
	mux, c := sdktest.New(t)
	mux.HandleFunc("POST /v1/people", func(w http.ResponseWriter, r *http.Request) {
		sdktest.CheckRequest(t, r, http.MethodPost)
		assert.Equal(t, url.Values{"callingData": {"true"}, "minResponse": {"true"}}, r.URL.Query())
		b := sdktest.Body(t, r)
		assert.Equal(t, map[string]any{
			"emails":       []any{"ada@example.com"},
			"phoneNumbers": []any{map[string]any{"type": "work", "value": "555 0100"}},
			"extension":    "1234",
			"locationId":   "LOC-1",
			"displayName":  "Ada Lovelace",
			"firstName":    "Ada",
			"lastName":     "Lovelace",
			"avatar":       "https://avatars.example.com/ada.png",
			"orgId":        "ORG-1",
			"roles":        []any{"ROLE-A"},
			"licenses":     []any{"LIC-1", "LIC-2"},
			"department":   "Engines",
			"manager":      "Charles Babbage",
			"managerId":    "PERSON-CB",
			"title":        "Analyst",
			"addresses": []any{map[string]any{
				"type": "work", "country": "GB", "locality": "London", "region": "Greater London",
				"streetAddress": "12 St James's Square", "postalCode": "SW1Y 4JH",
			}},
			"siteUrls": []any{"engines.webex.com#attendee"},
		}, b)
		sdktest.WriteJSON(w, http.StatusOK, map[string]any{"id": "NEW"})
	})
	p, err := c.People.Create(context.Background(), &people.CreateParams{
		Emails:       []string{"ada@example.com"},
		PhoneNumbers: []people.PhoneNumberParams{{Type: people.PhoneTypeWork, Value: "555 0100"}},
		Extension:    "1234",
		LocationID:   "LOC-1",
		DisplayName:  "Ada Lovelace",
		FirstName:    "Ada",
		LastName:     "Lovelace",
		Avatar:       "https://avatars.example.com/ada.png",
		OrgID:        "ORG-1",
		Roles:        []string{"ROLE-A"},
		Licenses:     []string{"LIC-1", "LIC-2"},
		Department:   "Engines",
		Manager:      "Charles Babbage",
		ManagerID:    "PERSON-CB",
		Title:        "Analyst",
		Addresses: []people.Address{{
			Type: "work", Country: "GB", Locality: "London", Region: "Greater London",
			StreetAddress: "12 St James's Square", PostalCode: "SW1Y 4JH",
		}},
		SiteURLs:    []string{"engines.webex.com#attendee"},
		CallingData: true,
		MinResponse: true,
	})
	require.NoError(t, err)
	assert.Equal(t, "NEW", p.ID)
	assert.Empty(t, p.DisplayName)
}

func TestCreateMinimal(t *testing.T) {
	t.Parallel()
	mux, c := sdktest.New(t)
	mux.HandleFunc("POST /v1/people", func(w http.ResponseWriter, r *http.Request) {
		sdktest.CheckRequest(t, r, http.MethodPost)
		assert.Empty(t, r.URL.RawQuery)
		assert.Equal(t, map[string]any{"emails": []any{"grace@example.com"}, "lastName": "Hopper"}, sdktest.Body(t, r))
		sdktest.WriteJSON(w, http.StatusOK, personBody("P1", "ada@example.com"))
	})
	p, err := c.People.Create(context.Background(), &people.CreateParams{Emails: []string{"grace@example.com"}, LastName: "Hopper"})
	require.NoError(t, err)
	assertFullPerson(t, p)
}

func TestCreateValidation(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		p    *people.CreateParams
		want string
	}{
		{"nil", nil, "webex: people: CreateParams is nil"},
		{"no emails", &people.CreateParams{DisplayName: "Ada"}, "webex: people: CreateParams.Emails is required"},
		{"empty email", &people.CreateParams{Emails: []string{""}, DisplayName: "Ada"}, "Emails holds an empty address"},
		{"no name", &people.CreateParams{Emails: []string{"ada@example.com"}}, "needs DisplayName, FirstName or LastName"},
		{"mobile number", &people.CreateParams{Emails: []string{"ada@example.com"}, DisplayName: "Ada", PhoneNumbers: []people.PhoneNumberParams{{Type: people.PhoneTypeMobile, Value: "555"}}}, `CreateParams.PhoneNumbers[0].Type must be "work"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			mux, c := sdktest.New(t)
			sdktest.Forbid(t, mux)
			_, err := c.People.Create(context.Background(), tt.p)
			require.ErrorContains(t, err, tt.want)
		})
	}
}

func TestUpdateRejectsReadOnlyNumbers(t *testing.T) {
	t.Parallel()
	mux, c := sdktest.New(t)
	sdktest.Forbid(t, mux)
	for _, typ := range []people.PhoneType{people.PhoneTypeMobile, people.PhoneTypeFax, people.PhoneTypeWorkExtension} {
		_, err := c.People.Update(context.Background(), "P1", &people.UpdateParams{DisplayName: "Ada", PhoneNumbers: []people.PhoneNumberParams{{Type: typ, Value: "555 0100"}}})
		require.ErrorContains(t, err, "UpdateParams.PhoneNumbers[0].Type must be \"work\"", string(typ))
	}
}

func TestUpdateSendsEveryField(t *testing.T) {
	t.Parallel()
	mux, c := sdktest.New(t)
	mux.HandleFunc("PUT /v1/people/{personId}", func(w http.ResponseWriter, r *http.Request) {
		sdktest.CheckRequest(t, r, http.MethodPut)
		assert.Equal(t, "P1", r.PathValue("personId"))
		assert.Equal(t, url.Values{"callingData": {"true"}, "showAllTypes": {"true"}}, r.URL.Query())
		assert.Equal(t, map[string]any{
			"emails":       []any{"ada@example.com", "ada@old.example.com"},
			"phoneNumbers": []any{map[string]any{"type": "work", "value": "555 0100"}},
			"extension":    "1234",
			"locationId":   "LOC-1",
			"displayName":  "Ada King",
			"firstName":    "Ada",
			"lastName":     "King",
			"nickName":     "Ada",
			"avatar":       "https://avatars.example.com/ada.png",
			"orgId":        "ORG-1",
			"roles":        []any{"ROLE-A"},
			"licenses":     []any{"LIC-1"},
			"department":   "Engines",
			"manager":      "Charles Babbage",
			"managerId":    "PERSON-CB",
			"title":        "Countess",
			"addresses":    []any{map[string]any{"type": "work", "country": "GB"}},
			"siteUrls":     []any{"engines.webex.com"},
			"loginEnabled": false,
		}, sdktest.Body(t, r))
		body := personBody("P1", "ada@example.com")
		body["loginEnabled"] = false // a JSON boolean is accepted too
		body["invitePending"] = true
		sdktest.WriteJSON(w, http.StatusOK, body)
	})
	p, err := c.People.Update(context.Background(), "P1", &people.UpdateParams{
		Emails:       []string{"ada@example.com", "ada@old.example.com"},
		PhoneNumbers: []people.PhoneNumberParams{{Type: people.PhoneTypeWork, Value: "555 0100"}},
		Extension:    "1234",
		LocationID:   "LOC-1",
		DisplayName:  "Ada King",
		FirstName:    "Ada",
		LastName:     "King",
		NickName:     "Ada",
		Avatar:       "https://avatars.example.com/ada.png",
		OrgID:        "ORG-1",
		Roles:        []string{"ROLE-A"},
		Licenses:     []string{"LIC-1"},
		Department:   "Engines",
		Manager:      "Charles Babbage",
		ManagerID:    "PERSON-CB",
		Title:        "Countess",
		Addresses:    []people.Address{{Type: "work", Country: "GB"}},
		SiteURLs:     []string{"engines.webex.com"},
		LoginEnabled: webex.Ptr(false),
		CallingData:  true,
		ShowAllTypes: true,
	})
	require.NoError(t, err)
	assert.Equal(t, "P1", p.ID)
	require.NotNil(t, p.LoginEnabled)
	assert.False(t, *p.LoginEnabled)
	require.NotNil(t, p.InvitePending)
	assert.True(t, *p.InvitePending)
}

func TestUpdateMinResponseNoContent(t *testing.T) {
	t.Parallel()
	mux, c := sdktest.New(t)
	mux.HandleFunc("PUT /v1/people/{personId}", func(w http.ResponseWriter, r *http.Request) {
		sdktest.CheckRequest(t, r, http.MethodPut)
		assert.Equal(t, "minResponse=true", r.URL.RawQuery)
		b := sdktest.Body(t, r)
		assert.Equal(t, map[string]any{"displayName": "Ada"}, b, "LoginEnabled nil is not sent")
		w.WriteHeader(http.StatusNoContent)
	})
	p, err := c.People.Update(context.Background(), "P1", &people.UpdateParams{DisplayName: "Ada", MinResponse: true})
	require.NoError(t, err)
	require.NotNil(t, p)
	assert.Empty(t, p.ID)
}

func TestUpdateValidation(t *testing.T) {
	t.Parallel()
	mux, c := sdktest.New(t)
	sdktest.Forbid(t, mux)
	_, err := c.People.Update(context.Background(), "P1", nil)
	require.ErrorContains(t, err, "webex: people: UpdateParams is nil")
	_, err = c.People.Update(context.Background(), "P1", &people.UpdateParams{Emails: []string{"ada@example.com"}})
	require.ErrorContains(t, err, "webex: people: UpdateParams.DisplayName is required")
	_, err = c.People.Update(context.Background(), "P1", &people.UpdateParams{DisplayName: "Ada", Emails: []string{" "}})
	require.ErrorContains(t, err, "Emails holds an empty address")
}

func TestDelete(t *testing.T) {
	t.Parallel()
	mux, c := sdktest.New(t)
	var hit atomic.Bool
	mux.HandleFunc("DELETE /v1/people/{personId}", func(w http.ResponseWriter, r *http.Request) {
		sdktest.CheckRequest(t, r, http.MethodDelete)
		assert.Equal(t, "P1", r.PathValue("personId"))
		hit.Store(true)
		w.WriteHeader(http.StatusNoContent)
	})
	require.NoError(t, c.People.Delete(context.Background(), "P1"))
	assert.True(t, hit.Load())
}

func TestEmptyIDMakesNoRequest(t *testing.T) {
	t.Parallel()
	mux, c := sdktest.New(t)
	sdktest.Forbid(t, mux)
	ctx := context.Background()
	_, err := c.People.Get(ctx, "", nil)
	assert.ErrorContains(t, err, "personId is required")
	_, err = c.People.Update(ctx, " ", &people.UpdateParams{DisplayName: "Ada"})
	assert.ErrorContains(t, err, "personId is required")
	assert.ErrorContains(t, c.People.Delete(ctx, ""), "personId is required")
}

func TestErrorStatus(t *testing.T) {
	t.Parallel()
	tests := []struct {
		status   int
		sentinel error
	}{
		{http.StatusNotFound, webex.ErrNotFound},
		{http.StatusForbidden, webex.ErrForbidden},
		{http.StatusBadRequest, webex.ErrBadRequest},
	}
	for _, tt := range tests {
		t.Run(http.StatusText(tt.status), func(t *testing.T) {
			t.Parallel()
			mux, c := sdktest.New(t)
			mux.HandleFunc("/v1/people/", func(w http.ResponseWriter, r *http.Request) {
				sdktest.WriteError(w, tt.status, "nope")
			})
			_, err := c.People.Get(context.Background(), "P1", nil)
			var ae *webex.APIError
			require.ErrorAs(t, err, &ae)
			assert.Equal(t, tt.status, ae.StatusCode)
			assert.Equal(t, "nope", ae.Message)
			assert.Equal(t, "ROUTER_ERR", ae.TrackingID)
			assert.True(t, errors.Is(err, tt.sentinel))

			err = c.People.Delete(context.Background(), "P1")
			assert.True(t, errors.Is(err, tt.sentinel))
		})
	}
}

func TestListErrorIsYieldedOnce(t *testing.T) {
	t.Parallel()
	mux, c := sdktest.New(t)
	mux.HandleFunc("GET /v1/people", func(w http.ResponseWriter, r *http.Request) {
		sdktest.WriteError(w, http.StatusBadRequest, "Either email, displayName or id is required.")
	})
	n := 0
	for p, err := range c.People.List(context.Background(), &people.ListParams{Unfiltered: true}) {
		n++
		assert.Nil(t, p)
		require.ErrorIs(t, err, webex.ErrBadRequest)
		assert.True(t, strings.Contains(err.Error(), "displayName"))
	}
	assert.Equal(t, 1, n)
}
