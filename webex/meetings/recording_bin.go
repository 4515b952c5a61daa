package meetings

import (
	"context"
	"net/http"

	"github.com/gowebex/sdk/internal/httpx"
)

// RecycleBinParams names the recordings that [RecordingService.MoveToRecycleBin],
// [RecordingService.Restore] and [RecordingService.Purge] act on: up to 100
// RecordingIDs, or All (Restore and Purge only) for every recording in the
// caller's recycle bin.
type RecycleBinParams struct {
	// RecordingIDs are at most 100 recordings of one site.
	RecordingIDs []string
	// All restores or purges the whole recycle bin; RecordingIDs must then
	// be empty. MoveToRecycleBin does not take it.
	All bool
	// SiteURL is the site of the recordings; empty: the caller's
	// preferred site.
	SiteURL string
	// HostEmail acts, with admin scopes, for that host.
	HostEmail string
}

func (p *RecycleBinParams) validate(op string, allowAll bool) error {
	switch {
	case p == nil:
		return errNil("RecycleBinParams")
	case p.All && !allowAll:
		return invalid("RecycleBinParams.All is not taken by " + op + ": name the RecordingIDs")
	case p.All && len(p.RecordingIDs) > 0:
		return invalid("RecycleBinParams.All and RecordingIDs exclude one another")
	case !p.All && len(p.RecordingIDs) == 0:
		return invalid("RecycleBinParams.RecordingIDs is required (or All)")
	case len(p.RecordingIDs) > 100:
		return invalid("RecycleBinParams.RecordingIDs takes at most 100 ids")
	}
	for _, id := range p.RecordingIDs {
		if id == "" {
			return invalid("RecycleBinParams.RecordingIDs holds an empty id")
		}
	}
	return nil
}

// binBody is the body of the recycle bin operations; allKey names the
// "all" flag ("restoreAll", "purgeAll") or is empty.
func (p *RecycleBinParams) request(pattern, allKey string) *httpx.Request {
	body := map[string]any{}
	if len(p.RecordingIDs) > 0 {
		body["recordingIds"] = p.RecordingIDs
	}
	if p.SiteURL != "" {
		body["siteUrl"] = p.SiteURL
	}
	if allKey != "" {
		body[allKey] = p.All
	}
	return &httpx.Request{Method: http.MethodPost, Pattern: pattern, Query: httpx.Query(HostParams{HostEmail: p.HostEmail}), Body: body}
}

// MoveToRecycleBin moves up to 100 recordings of meetings the caller
// hosted into the recycle bin, from where [RecordingService.Restore] brings
// them back. It needs meeting:recordings_write. A failed call is not
// retried once Webex may have received it.
//
// Endpoint: POST /recordings/softDelete
// See https://developer.webex.com/docs/api/v1/recordings/move-recordings-into-the-recycle-bin.
func (s *RecordingService) MoveToRecycleBin(ctx context.Context, p *RecycleBinParams) error {
	if err := p.validate("MoveToRecycleBin", false); err != nil {
		return err
	}
	_, err := s.core().Do(ctx, p.request("/recordings/softDelete", ""), nil)
	return err
}

// Restore brings recordings back from the caller's recycle bin: the ones
// named, or all of them with RecycleBinParams.All. It needs
// meeting:recordings_write.
//
// Endpoint: POST /recordings/restore
// See https://developer.webex.com/docs/api/v1/recordings/restore-recordings-from-recycle-bin.
func (s *RecordingService) Restore(ctx context.Context, p *RecycleBinParams) error {
	if err := p.validate("Restore", true); err != nil {
		return err
	}
	_, err := s.core().Do(ctx, p.request("/recordings/restore", "restoreAll"), nil)
	return err
}

// Purge deletes recordings in the caller's recycle bin for good: the ones
// named, or all of them with RecycleBinParams.All. Purged recordings cannot
// be restored. It needs meeting:recordings_write.
//
// Endpoint: POST /recordings/purge
// See https://developer.webex.com/docs/api/v1/recordings/purge-recordings-from-recycle-bin.
func (s *RecordingService) Purge(ctx context.Context, p *RecycleBinParams) error {
	if err := p.validate("Purge", true); err != nil {
		return err
	}
	_, err := s.core().Do(ctx, p.request("/recordings/purge", "purgeAll"), nil)
	return err
}

// DeleteAdmin deletes a recording of a site the caller administers, for
// good: hosts, attendees, people it was shared with and admins lose it; a
// compliance officer still sees it. It needs meeting:admin_recordings_write.
//
// Endpoint: DELETE /admin/recordings/{recordingId}
// See https://developer.webex.com/docs/api/v1/recordings/delete-a-recording-by-an-admin.
func (s *RecordingService) DeleteAdmin(ctx context.Context, recordingID string) error {
	_, err := s.core().Do(ctx, &httpx.Request{Method: http.MethodDelete, Pattern: "/admin/recordings/{recordingId}", Params: []string{recordingID}}, nil)
	return err
}
