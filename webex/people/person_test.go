package people_test

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gowebex/sdk/webex/people"
)

func TestPersonFlagsAcceptStringsAndBooleans(t *testing.T) {
	t.Parallel()
	tests := []struct {
		json          string
		invite, login *bool
	}{
		{`{"id":"P"}`, nil, nil},
		{`{"invitePending":null,"loginEnabled":null}`, nil, nil},
		{`{"invitePending":"true","loginEnabled":"false"}`, ptr(true), ptr(false)},
		{`{"invitePending":false,"loginEnabled":true}`, ptr(false), ptr(true)},
	}
	for _, tt := range tests {
		var p people.Person
		require.NoError(t, json.Unmarshal([]byte(tt.json), &p), tt.json)
		assert.Equal(t, tt.invite, p.InvitePending, tt.json)
		assert.Equal(t, tt.login, p.LoginEnabled, tt.json)
	}
}

func TestPersonFlagsRejectOtherValues(t *testing.T) {
	t.Parallel()
	var p people.Person
	err := json.Unmarshal([]byte(`{"loginEnabled":"maybe"}`), &p)
	require.ErrorContains(t, err, "people: person loginEnabled: want true or false")
	err = json.Unmarshal([]byte(`{"invitePending":1}`), &p)
	require.ErrorContains(t, err, "invitePending")
}

func TestPersonRoundTripsThroughJSON(t *testing.T) {
	t.Parallel()
	in := `{"id":"P","displayName":"Ada","created":"2024-03-01T09:15:30Z","loginEnabled":"true","status":"active"}`
	var p people.Person
	require.NoError(t, json.Unmarshal([]byte(in), &p))
	out, err := json.Marshal(p)
	require.NoError(t, err)
	assert.JSONEq(t, `{"id":"P","displayName":"Ada","created":"2024-03-01T09:15:30Z","loginEnabled":true,"status":"active"}`, string(out))
}

func TestPersonUpdateParams(t *testing.T) {
	t.Parallel()
	p := &people.Person{
		ID:     "P1",
		Emails: []string{"ada@example.com"},
		PhoneNumbers: []people.PhoneNumber{
			{Type: people.PhoneTypeWork, Value: "555 0100", Primary: true},
			{Type: people.PhoneTypeWorkExtension, Value: "8001234"},
			{Type: people.PhoneTypeMobile, Value: "555 0199"},
			{Type: people.PhoneTypeFax, Value: "555 0198"},
		},
		Extension: "1234", LocationID: "LOC-1", DisplayName: "Ada Lovelace", NickName: "Ada",
		FirstName: "Ada", LastName: "Lovelace", Avatar: "https://avatars.example.com/ada.png",
		OrgID: "ORG-1", Roles: []string{"ROLE-A"}, Licenses: []string{"LIC-1"},
		Department: "Engines", Manager: "Charles Babbage", ManagerID: "PERSON-CB", Title: "Analyst",
		Addresses:    []people.Address{{Type: "work", Country: "GB"}},
		SiteURLs:     []string{"engines.webex.com"},
		SIPAddresses: []people.SIPAddress{{Type: people.SIPTypeEnterprise, Value: "ada@sip.example.com"}},
		Status:       people.StatusActive,
		LoginEnabled: ptr(true),
	}
	u := p.UpdateParams()
	assert.Equal(t, &people.UpdateParams{
		Emails: []string{"ada@example.com"},
		// Only the work number: PUT /people/{personId} rejects mobile and
		// fax numbers, and a number's primary flag is Webex's to set.
		PhoneNumbers: []people.PhoneNumberParams{
			{Type: people.PhoneTypeWork, Value: "555 0100"},
		},
		Extension: "1234", LocationID: "LOC-1", DisplayName: "Ada Lovelace", NickName: "Ada",
		FirstName: "Ada", LastName: "Lovelace", Avatar: "https://avatars.example.com/ada.png",
		OrgID: "ORG-1", Roles: []string{"ROLE-A"}, Licenses: []string{"LIC-1"},
		Department: "Engines", Manager: "Charles Babbage", ManagerID: "PERSON-CB", Title: "Analyst",
		Addresses:    []people.Address{{Type: "work", Country: "GB"}},
		SiteURLs:     []string{"engines.webex.com"},
		LoginEnabled: ptr(true),
	}, u)

	// The parameters do not share memory with the person.
	u.Roles[0] = "ROLE-B"
	*u.LoginEnabled = false
	u.Addresses[0].Country = "FR"
	assert.Equal(t, "ROLE-A", p.Roles[0])
	assert.True(t, *p.LoginEnabled)
	assert.Equal(t, "GB", p.Addresses[0].Country)

	assert.Nil(t, (&people.Person{DisplayName: "X"}).UpdateParams().LoginEnabled)
}

func ptr[T any](v T) *T { return &v }
