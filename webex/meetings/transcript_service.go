package meetings

import (
	"context"
	"iter"
	"mime"
	"net/http"

	"github.com/gowebex/sdk/internal/httpx"
	"github.com/gowebex/sdk/webex/api"
)

// TranscriptService is the meeting transcripts API. Get one from
// webex.Client.Transcripts.
//
// A TranscriptService is a view of the client it came from; the zero value is not
// usable and fails every call with an error.
type TranscriptService httpx.Client

func (s *TranscriptService) core() *httpx.Client { return (*httpx.Client)(s) }

// TranscriptPage is one page of transcripts and the link to the next.
type TranscriptPage = api.Page[Transcript]

// SnippetPage is one page of snippets and the link to the next.
type SnippetPage = api.Page[Snippet]

func (s *TranscriptService) listRequest(p *TranscriptListParams) *httpx.Request {
	return &httpx.Request{Method: http.MethodGet, Pattern: "/meetingTranscripts", Query: httpx.Query(p)}
}

// List returns the transcripts of the caller's ended meetings, across all
// pages. It needs meeting:transcripts_read.
//
// Endpoint: GET /meetingTranscripts
// See https://developer.webex.com/docs/api/v1/meeting-transcripts/list-meeting-transcripts.
func (s *TranscriptService) List(ctx context.Context, p *TranscriptListParams) iter.Seq2[*Transcript, error] {
	if err := p.validate(); err != nil {
		return httpx.Fail[Transcript](err)
	}
	return httpx.List[Transcript](ctx, s.core(), s.listRequest(p))
}

// ListPage returns one page of transcripts: the first when pageURL is
// empty, otherwise the page at pageURL, a NextURL from an earlier page.
//
// Endpoint: GET /meetingTranscripts
// See https://developer.webex.com/docs/api/v1/meeting-transcripts/list-meeting-transcripts.
func (s *TranscriptService) ListPage(ctx context.Context, p *TranscriptListParams, pageURL string) (*TranscriptPage, error) {
	if err := p.validate(); err != nil {
		return nil, err
	}
	return httpx.GetPage[Transcript](ctx, s.core(), s.listRequest(p), pageURL)
}

// ListAdmin returns the transcripts of a site for a compliance officer,
// newest first, across all pages. It needs
// meeting:admin_transcripts_read.
//
// Endpoint: GET /admin/meetingTranscripts
// See https://developer.webex.com/docs/api/v1/meeting-transcripts/list-meeting-transcripts-for-compliance-officer.
func (s *TranscriptService) ListAdmin(ctx context.Context, p *TranscriptAdminListParams) iter.Seq2[*Transcript, error] {
	if err := p.validate(); err != nil {
		return httpx.Fail[Transcript](err)
	}
	return httpx.List[Transcript](ctx, s.core(), &httpx.Request{Method: http.MethodGet, Pattern: "/admin/meetingTranscripts", Query: httpx.Query(p)})
}

// Download streams a transcript as WebVTT or plain text. The caller reads
// and closes the returned file; closing it early stops the download. It
// needs meeting:transcripts_read.
//
// Endpoint: GET /meetingTranscripts/{transcriptId}/download
// See https://developer.webex.com/docs/api/v1/meeting-transcripts/download-a-meeting-transcript.
func (s *TranscriptService) Download(ctx context.Context, transcriptID string, p *TranscriptDownloadParams) (*TranscriptFile, error) {
	if err := p.validate(); err != nil {
		return nil, err
	}
	resp, err := s.core().Send(ctx, &httpx.Request{Method: http.MethodGet, Pattern: "/meetingTranscripts/{transcriptId}/download", Params: []string{transcriptID}, Query: httpx.Query(p), Header: acceptText})
	if err != nil {
		return nil, err
	}
	f := &TranscriptFile{ReadCloser: resp.Body, ContentType: resp.Header.Get("Content-Type"), Size: resp.ContentLength}
	if _, params, err := mime.ParseMediaType(resp.Header.Get("Content-Disposition")); err == nil {
		f.FileName = params["filename"]
	}
	return f, nil
}

func (s *TranscriptService) snippetsRequest(transcriptID string, p *SnippetListParams) *httpx.Request {
	return &httpx.Request{Method: http.MethodGet, Pattern: "/meetingTranscripts/{transcriptId}/snippets", Params: []string{transcriptID}, Query: httpx.Query(p)}
}

// ListSnippets returns the snippets of a transcript in order, across all
// pages. It needs meeting:transcripts_read.
//
// Endpoint: GET /meetingTranscripts/{transcriptId}/snippets
// See https://developer.webex.com/docs/api/v1/meeting-transcripts/list-snippets-of-a-meeting-transcript.
func (s *TranscriptService) ListSnippets(ctx context.Context, transcriptID string, p *SnippetListParams) iter.Seq2[*Snippet, error] {
	if err := p.validate(); err != nil {
		return httpx.Fail[Snippet](err)
	}
	return httpx.List[Snippet](ctx, s.core(), s.snippetsRequest(transcriptID, p))
}

// ListSnippetsPage returns one page of snippets: the first when pageURL is
// empty, otherwise the page at pageURL, a NextURL from an earlier page.
//
// Endpoint: GET /meetingTranscripts/{transcriptId}/snippets
// See https://developer.webex.com/docs/api/v1/meeting-transcripts/list-snippets-of-a-meeting-transcript.
func (s *TranscriptService) ListSnippetsPage(ctx context.Context, transcriptID string, p *SnippetListParams, pageURL string) (*SnippetPage, error) {
	if err := p.validate(); err != nil {
		return nil, err
	}
	return httpx.GetPage[Snippet](ctx, s.core(), s.snippetsRequest(transcriptID, p), pageURL)
}

// GetSnippet returns one snippet of a transcript. It needs
// meeting:transcripts_read.
//
// Endpoint: GET /meetingTranscripts/{transcriptId}/snippets/{snippetId}
// See https://developer.webex.com/docs/api/v1/meeting-transcripts/get-a-transcript-snippet.
func (s *TranscriptService) GetSnippet(ctx context.Context, transcriptID, snippetID string) (*Snippet, error) {
	return httpx.Call[Snippet](ctx, s.core(), &httpx.Request{Method: http.MethodGet, Pattern: "/meetingTranscripts/{transcriptId}/snippets/{snippetId}", Params: []string{transcriptID, snippetID}})
}

// UpdateSnippet corrects the text of a snippet. It needs
// meeting:transcripts_write.
//
// Endpoint: PUT /meetingTranscripts/{transcriptId}/snippets/{snippetId}
// See https://developer.webex.com/docs/api/v1/meeting-transcripts/update-a-transcript-snippet.
func (s *TranscriptService) UpdateSnippet(ctx context.Context, transcriptID, snippetID string, p *SnippetUpdateParams) (*Snippet, error) {
	if err := p.validate(); err != nil {
		return nil, err
	}
	return httpx.Call[Snippet](ctx, s.core(), &httpx.Request{Method: http.MethodPut, Pattern: "/meetingTranscripts/{transcriptId}/snippets/{snippetId}", Params: []string{transcriptID, snippetID}, Body: p})
}

// Delete deletes a transcript. It needs meeting:transcripts_write.
//
// Endpoint: DELETE /meetingTranscripts/{transcriptId}
// See https://developer.webex.com/docs/api/v1/meeting-transcripts/delete-a-transcript.
func (s *TranscriptService) Delete(ctx context.Context, transcriptID string, p *TranscriptDeleteParams) error {
	if err := p.validate(); err != nil {
		return err
	}
	r := &httpx.Request{Method: http.MethodDelete, Pattern: "/meetingTranscripts/{transcriptId}", Params: []string{transcriptID}}
	if p != nil && (p.Reason != "" || p.Comment != "") {
		r.Body = p
	}
	_, err := s.core().Do(ctx, r, nil)
	return err
}

// acceptText asks for a transcript file in whichever text format was
// requested.
var acceptText = http.Header{"Accept": {"text/vtt, text/plain, */*"}}
