package webextest

import (
	"net/http"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// opsFixture is a host with an ended meeting and its recording, an
// admin, and a live meeting.
type opsFixture struct {
	*mtgFixture
	recordingID string
	liveID      string
	adminTok    string
	ivyTok      string
}

func newOpsFixture(t *testing.T) *opsFixture {
	t.Helper()
	f := &opsFixture{mtgFixture: newMeetingFixture(t)}
	ivy, ivyTok := f.srv.NewMeetingUserWithToken("ivy@example.com", "Ivy")
	f.ivyTok = ivyTok
	past := f.srv.NewMeeting(f.host, MeetingSpec{Title: "Design review"})
	require.NoError(t, f.srv.StartMeeting(past.ID, ivy))
	require.NoError(t, f.srv.EndMeeting(past.ID))
	f.srv.mu.RLock()
	for id := range f.srv.mtg.recordings {
		f.recordingID = id
	}
	f.srv.mu.RUnlock()
	require.NotEmpty(t, f.recordingID)
	live := f.srv.NewMeeting(f.host, MeetingSpec{Title: "Stand-up", Invitees: []string{"ivy@example.com"}})
	require.NoError(t, f.srv.StartMeeting(live.ID))
	f.liveID = live.ID
	admin := f.srv.NewAdmin(nil, "ada@example.com", "Ada Admin")
	f.adminTok = f.srv.NewToken(admin, append(AdminMeetingScopes(), MeetingScopes()...)...)
	return f
}

func TestRecycleBin(t *testing.T) {
	t.Parallel()
	f := newOpsFixture(t)
	ids := map[string]any{"recordingIds": []string{f.recordingID}}
	requireError(t, call(t, f.srv, f.tok, "POST", "/recordings/restore", ids), http.StatusNotFound) // not in the bin
	requireError(t, call(t, f.srv, f.tok, "POST", "/recordings/softDelete", map[string]any{}), http.StatusBadRequest)
	requireError(t, call(t, f.srv, f.ivyTok, "POST", "/recordings/softDelete", ids), http.StatusNotFound) // not Ivy's

	require.Equal(t, http.StatusNoContent, call(t, f.srv, f.tok, "POST", "/recordings/softDelete", ids).status)
	st, _ := f.srv.RecordingStatus(f.recordingID)
	assert.Equal(t, "deleted", st)
	requireError(t, call(t, f.srv, f.tok, "POST", "/recordings/purge", map[string]any{"purgeAll": true, "recordingIds": []string{f.recordingID}}), http.StatusBadRequest)
	require.Equal(t, http.StatusNoContent, call(t, f.srv, f.tok, "POST", "/recordings/restore", map[string]any{"restoreAll": true}).status)
	st, _ = f.srv.RecordingStatus(f.recordingID)
	assert.Equal(t, "available", st)

	require.Equal(t, http.StatusNoContent, call(t, f.srv, f.tok, "POST", "/recordings/softDelete", ids).status)
	require.Equal(t, http.StatusNoContent, call(t, f.srv, f.tok, "POST", "/recordings/purge", ids).status)
	st, _ = f.srv.RecordingStatus(f.recordingID)
	assert.Equal(t, "purged", st)
	requireError(t, call(t, f.srv, f.tok, "POST", "/recordings/restore", ids), http.StatusNotFound)
}

func TestShareRecording(t *testing.T) {
	t.Parallel()
	f := newOpsFixture(t)
	path := "/recordings/" + f.recordingID + "/accessList"
	requireError(t, call(t, f.srv, f.tok, "POST", path, map[string]any{}), http.StatusBadRequest)
	requireError(t, call(t, f.srv, f.ivyTok, "POST", path, map[string]any{"addEmails": []string{"x@example.com"}}), http.StatusNotFound)
	require.Equal(t, http.StatusNoContent, call(t, f.srv, f.tok, "POST", path, map[string]any{"addEmails": []string{"bo@example.com", "cy@example.com"}}).status)
	require.Equal(t, http.StatusNoContent, call(t, f.srv, f.tok, "POST", path, map[string]any{"addEmails": []string{"BO@example.com"}, "removeEmails": []string{"cy@example.com"}}).status)
	assert.Equal(t, []string{"bo@example.com"}, f.srv.RecordingAccess(f.recordingID))
	requireError(t, call(t, f.srv, f.tok, "POST", "/recordings/accessList", map[string]any{"webShareLink": "https://nowhere.example.com/x", "addEmails": []string{"a@example.com"}}), http.StatusNotFound)
}

func TestGroupAndAdminRecordings(t *testing.T) {
	t.Parallel()
	f := newOpsFixture(t)
	requireError(t, call(t, f.srv, f.adminTok, "GET", "/group/recordings", nil), http.StatusBadRequest)
	requireError(t, call(t, f.srv, f.tok, "GET", "/group/recordings?personId="+f.host.ID, nil), http.StatusForbidden) // no admin scope
	r := call(t, f.srv, f.adminTok, "GET", "/group/recordings?personId="+f.host.ID, nil)
	require.Equal(t, http.StatusOK, r.status, string(r.raw))
	require.Len(t, r.items(), 1)
	assert.Equal(t, f.recordingID, r.items()[0]["id"])

	requireError(t, call(t, f.srv, f.ivyTok, "DELETE", "/admin/recordings/"+f.recordingID, nil), http.StatusForbidden)
	require.Equal(t, http.StatusNoContent, call(t, f.srv, f.adminTok, "DELETE", "/admin/recordings/"+f.recordingID, nil).status)
	requireError(t, call(t, f.srv, f.tok, "GET", "/recordings/"+f.recordingID, nil), http.StatusNotFound)
	requireError(t, call(t, f.srv, f.adminTok, "DELETE", "/admin/recordings/"+f.recordingID, nil), http.StatusNotFound)
}

func TestAdminMeetingsHideSecrets(t *testing.T) {
	t.Parallel()
	f := newOpsFixture(t)
	r := call(t, f.srv, f.adminTok, "GET", "/admin/meetings/"+f.liveID, nil)
	require.Equal(t, http.StatusOK, r.status, string(r.raw))
	assert.Equal(t, "Stand-up", r.str("title"))
	for _, k := range []string{"password", "webLink", "sipAddress", "hostKey", "agenda"} {
		assert.NotContains(t, r.body, k)
	}
	requireError(t, call(t, f.srv, f.adminTok, "GET", "/admin/meetings", nil), http.StatusBadRequest)
	_, userTok := f.srv.NewUserWithToken("eve@example.com", "Eve")
	requireError(t, call(t, f.srv, userTok, "GET", "/admin/meetings/"+f.liveID, nil), http.StatusForbidden)
}

func TestMeetingControls(t *testing.T) {
	t.Parallel()
	f := newOpsFixture(t)
	path := "/meetings/controls?meetingId=" + f.liveID
	r := call(t, f.srv, f.tok, "GET", path, nil)
	require.Equal(t, http.StatusOK, r.status, string(r.raw))
	assert.Equal(t, map[string]any{"locked": false, "recordingStarted": false, "recordingPaused": false}, r.body)
	requireError(t, call(t, f.srv, f.tok, "PUT", path, map[string]any{"recordingPaused": true}), http.StatusBadRequest) // not recording
	requireError(t, call(t, f.srv, f.ivyTok, "PUT", path, map[string]any{"locked": true}), http.StatusForbidden)        // not a cohost
	r = call(t, f.srv, f.tok, "PUT", path, map[string]any{"recordingStarted": true, "recordingPaused": true})
	require.Equal(t, http.StatusOK, r.status, string(r.raw))
	r = call(t, f.srv, f.tok, "PUT", path, map[string]any{"recordingStarted": false})
	assert.Equal(t, map[string]any{"locked": false, "recordingStarted": false, "recordingPaused": false}, r.body)
	past := f.srv.NewMeeting(f.host, MeetingSpec{Title: "Later"})
	requireError(t, call(t, f.srv, f.tok, "GET", "/meetings/controls?meetingId="+past.ID, nil), http.StatusBadRequest)
}

func TestReassignHostAndCallOut(t *testing.T) {
	t.Parallel()
	f := newOpsFixture(t)
	body := map[string]any{"hostEmail": "ivy@example.com", "meetingIds": []string{f.liveID}}
	requireError(t, call(t, f.srv, f.tok, "POST", "/meetings/reassignHost", body), http.StatusForbidden) // no admin scope
	require.Equal(t, http.StatusNoContent, call(t, f.srv, f.adminTok, "POST", "/meetings/reassignHost", body).status)
	r := call(t, f.srv, f.adminTok, "POST", "/meetings/reassignHost", map[string]any{"hostEmail": "ivy@example.com", "meetingIds": []string{"nope"}})
	require.Equal(t, http.StatusMultiStatus, r.status, string(r.raw))
	assert.Equal(t, "404", r.items()[0]["httpStatus"])

	// Ivy hosts the live meeting now, so she may call out; Hana may not.
	out := map[string]any{"meetingId": f.liveID, "address": "room@example.com", "displayName": "Room"}
	requireError(t, call(t, f.srv, f.tok, "POST", "/meetingParticipants/callout", out), http.StatusNotFound)
	c := call(t, f.srv, f.ivyTok, "POST", "/meetingParticipants/callout", out)
	require.Equal(t, http.StatusOK, c.status, string(c.raw))
	assert.Equal(t, "pending", c.str("state"))
	requireError(t, call(t, f.srv, f.ivyTok, "POST", "/meetingParticipants/callout", map[string]any{"meetingId": f.liveID}), http.StatusBadRequest)
	require.Equal(t, http.StatusNoContent, call(t, f.srv, f.ivyTok, "POST", "/meetingParticipants/cancelCallout", map[string]any{"participantId": c.str("participantId")}).status)
	requireError(t, call(t, f.srv, f.ivyTok, "POST", "/meetingParticipants/cancelCallout", map[string]any{"participantId": c.str("participantId")}), http.StatusNotFound)
}

func TestPatchNullClears(t *testing.T) {
	t.Parallel()
	f := newMeetingFixture(t)
	created := f.create(t, basicMeeting(map[string]any{"agenda": "Old", "recurrence": "FREQ=DAILY;COUNT=3",
		"trackingCodes": []map[string]any{{"name": "Department", "value": "Ops"}}}))
	for _, k := range []string{"agenda", "recurrence", "trackingCodes"} {
		require.NotEmpty(t, created.body[k], k)
	}
	id := created.str("id")
	r := call(t, f.srv, f.tok, "PATCH", "/meetings/"+id, map[string]any{"agenda": nil, "recurrence": nil, "trackingCodes": nil})
	require.Equal(t, http.StatusOK, r.status, string(r.raw))
	for _, k := range []string{"agenda", "recurrence", "trackingCodes"} {
		assert.Empty(t, r.body[k], k)
	}
	r = call(t, f.srv, f.tok, "PATCH", "/meetings/"+id, map[string]any{"title": "Renamed"}) // absent leaves alone
	require.Equal(t, http.StatusOK, r.status, string(r.raw))
	assert.Equal(t, "Renamed", r.str("title"))
}
