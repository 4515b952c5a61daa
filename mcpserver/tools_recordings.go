package mcpserver

import (
	"context"
	"fmt"
	"io"
	"time"

	"github.com/gowebex/sdk/webex"
	"github.com/gowebex/sdk/webex/meetings"
)

// ScopeMeetingTranscriptsWrite is the scope that edits and deletes
// transcripts (the SDK's scope list has no constant for it yet).
const ScopeMeetingTranscriptsWrite = "meeting:transcripts_write"

// RecordingListInput is the input of recordings_list.
type RecordingListInput struct {
	MeetingID string    `json:"meetingId,omitempty" jsonschema:"only the recordings of this meeting"`
	From      time.Time `json:"from,omitzero" jsonschema:"recorded after this time (RFC 3339)"`
	To        time.Time `json:"to,omitzero" jsonschema:"recorded before this time (RFC 3339)"`
	Topic     string    `json:"topic,omitempty" jsonschema:"only recordings with this topic (ignoring case)"`
	Format    string    `json:"format,omitempty" jsonschema:"MP4 or ARF"`
	PageInput
}

// RecordingAdminListInput is the input of recordings_list_admin.
type RecordingAdminListInput struct {
	MeetingID string    `json:"meetingId,omitempty" jsonschema:"only the recordings of this meeting"`
	From      time.Time `json:"from,omitzero" jsonschema:"recorded after this time (RFC 3339)"`
	To        time.Time `json:"to,omitzero" jsonschema:"recorded before this time (RFC 3339)"`
	Limit     int       `json:"limit,omitempty" jsonschema:"how many recordings to return, 1 to 100 (default 50)"`
}

// RecordingIDInput names one recording.
type RecordingIDInput struct {
	RecordingID string `json:"recordingId" jsonschema:"the recording id"`
}

// RecordingDeleteInput is the input of recordings_delete.
type RecordingDeleteInput struct {
	RecordingID string `json:"recordingId" jsonschema:"the recording id"`
	Reason      string `json:"reason,omitempty" jsonschema:"why it is deleted (compliance officers)"`
	Comment     string `json:"comment,omitempty" jsonschema:"a comment (at most 255 characters)"`
}

func recordingSummary(r meetings.Recording) string {
	return fmt.Sprintf("recording %s of %s (%d s)", r.ID, r.Topic, r.DurationSeconds)
}

func recordingTools() []tool {
	read := []string{webex.ScopeMeetingRecordingsRead}
	return []tool{
		&spec[RecordingListInput, ListOutput[meetings.Recording]]{
			name: "recordings_list", title: "List recordings", cap: CapRecordings, level: Read, kind: kindRead, scopes: read,
			desc: "List the agent's meeting recordings one page at a time, optionally of one meeting, a time range, a topic or a format. " +
				"Returns up to limit recordings and a nextCursor.",
			verb: "list", past: "listed",
			object: func(c *call, in *RecordingListInput) string {
				if in.MeetingID != "" {
					return "the recordings of " + c.ref("meetingId", "meeting", in.MeetingID)
				}
				return "recordings"
			},
			run: func(ctx context.Context, c *call, in *RecordingListInput) (ListOutput[meetings.Recording], error) {
				u, err := c.cursor(in.Cursor)
				if err != nil {
					return ListOutput[meetings.Recording]{}, err
				}
				p, err := c.client().Recordings.ListPage(ctx, &meetings.RecordingListParams{
					MeetingID: in.MeetingID, From: in.From, To: in.To, Topic: in.Topic, Format: meetings.RecordingFormat(in.Format), Max: pageSize(in.Limit),
				}, u)
				if err != nil {
					return ListOutput[meetings.Recording]{}, err
				}
				return ListOutput[meetings.Recording]{Items: p.Items, NextCursor: c.next(p.NextURL)}, nil
			},
			summary: func(o ListOutput[meetings.Recording]) string {
				return listSummary(len(o.Items), "recordings", o.NextCursor)
			},
		},
		&spec[RecordingAdminListInput, LimitedOutput[meetings.Recording]]{
			name: "recordings_list_admin", title: "List the organization's recordings", cap: CapRecordings, level: Read, kind: kindRead,
			scopes: []string{webex.ScopeMeetingAdminRecordingsRead},
			desc:   "List recordings across the organization (administrators and compliance officers), up to limit, optionally of one meeting or time range.",
			verb:   "list", past: "listed", object: func(*call, *RecordingAdminListInput) string { return "the organization's recordings" },
			run: func(ctx context.Context, c *call, in *RecordingAdminListInput) (LimitedOutput[meetings.Recording], error) {
				return firstN(c.client().Recordings.ListAdmin(ctx, &meetings.RecordingListParams{
					MeetingID: in.MeetingID, From: in.From, To: in.To, Max: pageSize(in.Limit),
				}), pageSize(in.Limit))
			},
			summary: limitedSummary[meetings.Recording]("recordings"),
		},
		&spec[RecordingIDInput, meetings.Recording]{
			name: "recordings_get", title: "Get a recording", cap: CapRecordings, level: Read, kind: kindRead, scopes: read,
			desc: "Get one recording by id: topic, duration, format, playback and download links.",
			verb: "read", past: "read",
			object: func(c *call, in *RecordingIDInput) string { return c.ref("recordingId", "recording", in.RecordingID) },
			run: func(ctx context.Context, c *call, in *RecordingIDInput) (meetings.Recording, error) {
				r, err := c.client().Recordings.Get(ctx, in.RecordingID, nil)
				if err != nil {
					return meetings.Recording{}, err
				}
				return *r, nil
			},
			summary: recordingSummary,
		},
		&spec[RecordingDeleteInput, Done]{
			name: "recordings_delete", title: "Delete a recording", cap: CapRecordings, level: Full, kind: kindDelete,
			scopes: []string{webex.ScopeMeetingRecordingsWrite},
			desc:   "Move a recording to the recycle bin (Webex purges it later).",
			verb:   "delete", past: "deleted",
			object: func(c *call, in *RecordingDeleteInput) string {
				return c.ref("recordingId", "recording", in.RecordingID)
			},
			run: func(ctx context.Context, c *call, in *RecordingDeleteInput) (Done, error) {
				if err := c.client().Recordings.Delete(ctx, in.RecordingID, &meetings.RecordingDeleteParams{Reason: in.Reason, Comment: in.Comment}); err != nil {
					return Done{}, err
				}
				return Done{OK: true, Message: "deleted recording " + in.RecordingID}, nil
			},
			summary: func(d Done) string { return d.Message },
		},
	}
}

// TranscriptListInput is the input of transcripts_list.
type TranscriptListInput struct {
	MeetingID string    `json:"meetingId,omitempty" jsonschema:"only the transcripts of this ended meeting instance"`
	From      time.Time `json:"from,omitzero" jsonschema:"after this time (RFC 3339)"`
	To        time.Time `json:"to,omitzero" jsonschema:"before this time (RFC 3339)"`
	PageInput
}

// TranscriptAdminListInput is the input of transcripts_list_admin.
type TranscriptAdminListInput struct {
	SiteURL string    `json:"siteUrl" jsonschema:"the Webex site, such as example.webex.com"`
	From    time.Time `json:"from,omitzero" jsonschema:"after this time (RFC 3339)"`
	To      time.Time `json:"to,omitzero" jsonschema:"before this time (RFC 3339)"`
	Limit   int       `json:"limit,omitempty" jsonschema:"how many transcripts to return, 1 to 100 (default 50)"`
}

// TranscriptIDInput names one transcript.
type TranscriptIDInput struct {
	TranscriptID string `json:"transcriptId" jsonschema:"the transcript id"`
}

// TranscriptDownloadInput is the input of transcripts_download.
type TranscriptDownloadInput struct {
	TranscriptID string `json:"transcriptId" jsonschema:"the transcript id"`
	Format       string `json:"format,omitempty" jsonschema:"vtt (default, with timestamps) or txt"`
}

// TranscriptText is the result of transcripts_download.
type TranscriptText struct {
	Text        string `json:"text"`
	ContentType string `json:"contentType,omitempty"`
	// Truncated says the transcript was longer than maxTranscript bytes.
	Truncated bool `json:"truncated,omitempty" jsonschema:"true when the transcript was cut at 256 KiB; read the rest with transcript_snippets_list"`
}

// TranscriptDeleteInput is the input of transcripts_delete.
type TranscriptDeleteInput struct {
	TranscriptID string `json:"transcriptId" jsonschema:"the transcript id"`
	Reason       string `json:"reason,omitempty" jsonschema:"why it is deleted"`
	Comment      string `json:"comment,omitempty" jsonschema:"a comment (at most 255 characters)"`
}

// SnippetListInput is the input of transcript_snippets_list.
type SnippetListInput struct {
	TranscriptID string `json:"transcriptId" jsonschema:"the transcript id"`
	PageInput
}

// SnippetIDInput names one transcript snippet.
type SnippetIDInput struct {
	TranscriptID string `json:"transcriptId" jsonschema:"the transcript id"`
	SnippetID    string `json:"snippetId" jsonschema:"the snippet id"`
}

// SnippetUpdateInput is the input of transcript_snippets_update.
type SnippetUpdateInput struct {
	TranscriptID string `json:"transcriptId" jsonschema:"the transcript id"`
	SnippetID    string `json:"snippetId" jsonschema:"the snippet id"`
	Text         string `json:"text" jsonschema:"the corrected text of the snippet"`
	Reason       string `json:"reason,omitempty" jsonschema:"why it is corrected"`
}

// maxTranscript bounds the text transcripts_download returns.
const maxTranscript = 256 << 10

func transcriptTools() []tool {
	read := []string{webex.ScopeMeetingTranscriptsRead}
	write := []string{ScopeMeetingTranscriptsWrite}
	return []tool{
		&spec[TranscriptListInput, ListOutput[meetings.Transcript]]{
			name: "transcripts_list", title: "List transcripts", cap: CapRecordings, level: Read, kind: kindRead, scopes: read,
			desc: "List the agent's meeting transcripts one page at a time, optionally of one ended meeting or a time range. " +
				"Returns up to limit transcripts and a nextCursor.",
			verb: "list", past: "listed",
			object: func(c *call, in *TranscriptListInput) string {
				if in.MeetingID != "" {
					return "the transcripts of " + c.ref("meetingId", "meeting", in.MeetingID)
				}
				return "transcripts"
			},
			run: func(ctx context.Context, c *call, in *TranscriptListInput) (ListOutput[meetings.Transcript], error) {
				u, err := c.cursor(in.Cursor)
				if err != nil {
					return ListOutput[meetings.Transcript]{}, err
				}
				p, err := c.client().Transcripts.ListPage(ctx, &meetings.TranscriptListParams{
					MeetingID: in.MeetingID, From: in.From, To: in.To, Max: pageSize(in.Limit),
				}, u)
				if err != nil {
					return ListOutput[meetings.Transcript]{}, err
				}
				return ListOutput[meetings.Transcript]{Items: p.Items, NextCursor: c.next(p.NextURL)}, nil
			},
			summary: func(o ListOutput[meetings.Transcript]) string {
				return listSummary(len(o.Items), "transcripts", o.NextCursor)
			},
		},
		&spec[TranscriptAdminListInput, LimitedOutput[meetings.Transcript]]{
			name: "transcripts_list_admin", title: "List the organization's transcripts", cap: CapRecordings, level: Read, kind: kindRead,
			scopes: []string{webex.ScopeMeetingAdminTranscriptsRead},
			desc:   "List transcripts across the organization (administrators and compliance officers), up to limit, in a time range.",
			verb:   "list", past: "listed", object: func(*call, *TranscriptAdminListInput) string { return "the organization's transcripts" },
			run: func(ctx context.Context, c *call, in *TranscriptAdminListInput) (LimitedOutput[meetings.Transcript], error) {
				return firstN(c.client().Transcripts.ListAdmin(ctx, &meetings.TranscriptAdminListParams{
					SiteURL: in.SiteURL, From: in.From, To: in.To, Max: pageSize(in.Limit),
				}), pageSize(in.Limit))
			},
			summary: limitedSummary[meetings.Transcript]("transcripts"),
		},
		&spec[TranscriptDownloadInput, TranscriptText]{
			name: "transcripts_download", title: "Read a transcript", cap: CapRecordings, level: Read, kind: kindRead, scopes: read,
			desc: "Read the text of a meeting transcript, as WebVTT with timestamps and speakers (default) or plain text, up to 256 KiB.",
			verb: "read", past: "read",
			object: func(c *call, in *TranscriptDownloadInput) string {
				return c.ref("transcriptId", "transcript", in.TranscriptID)
			},
			run: func(ctx context.Context, c *call, in *TranscriptDownloadInput) (TranscriptText, error) {
				f, err := c.client().Transcripts.Download(ctx, in.TranscriptID, &meetings.TranscriptDownloadParams{Format: meetings.TranscriptFormat(in.Format)})
				if err != nil {
					return TranscriptText{}, err
				}
				defer f.Close()
				b, err := io.ReadAll(io.LimitReader(f, maxTranscript+1))
				if err != nil {
					return TranscriptText{}, err
				}
				out := TranscriptText{ContentType: f.ContentType}
				if len(b) > maxTranscript {
					b, out.Truncated = b[:maxTranscript], true
				}
				out.Text = string(b)
				return out, nil
			},
			summary: func(t TranscriptText) string { return fmt.Sprintf("transcript, %d bytes", len(t.Text)) },
		},
		&spec[TranscriptDeleteInput, Done]{
			name: "transcripts_delete", title: "Delete a transcript", cap: CapRecordings, level: Full, kind: kindDelete, scopes: write,
			desc: "Delete a meeting transcript. Cannot be undone.",
			verb: "delete", past: "deleted",
			object: func(c *call, in *TranscriptDeleteInput) string {
				return c.ref("transcriptId", "transcript", in.TranscriptID)
			},
			run: func(ctx context.Context, c *call, in *TranscriptDeleteInput) (Done, error) {
				if err := c.client().Transcripts.Delete(ctx, in.TranscriptID, &meetings.TranscriptDeleteParams{Reason: in.Reason, Comment: in.Comment}); err != nil {
					return Done{}, err
				}
				return Done{OK: true, Message: "deleted transcript " + in.TranscriptID}, nil
			},
			summary: func(d Done) string { return d.Message },
		},
		&spec[SnippetListInput, ListOutput[meetings.Snippet]]{
			name: "transcript_snippets_list", title: "List transcript snippets", cap: CapRecordings, level: Read, kind: kindRead, scopes: read,
			desc: "List the speaker-attributed snippets of a transcript, in order, one page at a time. Returns up to limit snippets and a nextCursor.",
			verb: "list", past: "listed",
			object: func(c *call, in *SnippetListInput) string {
				return "the snippets of " + c.ref("transcriptId", "transcript", in.TranscriptID)
			},
			run: func(ctx context.Context, c *call, in *SnippetListInput) (ListOutput[meetings.Snippet], error) {
				u, err := c.cursor(in.Cursor)
				if err != nil {
					return ListOutput[meetings.Snippet]{}, err
				}
				p, err := c.client().Transcripts.ListSnippetsPage(ctx, in.TranscriptID, &meetings.SnippetListParams{Max: pageSize(in.Limit)}, u)
				if err != nil {
					return ListOutput[meetings.Snippet]{}, err
				}
				return ListOutput[meetings.Snippet]{Items: p.Items, NextCursor: c.next(p.NextURL)}, nil
			},
			summary: func(o ListOutput[meetings.Snippet]) string {
				return listSummary(len(o.Items), "snippets", o.NextCursor)
			},
		},
		&spec[SnippetIDInput, meetings.Snippet]{
			name: "transcript_snippets_get", title: "Get a transcript snippet", cap: CapRecordings, level: Read, kind: kindRead, scopes: read,
			desc: "Get one snippet of a transcript: who spoke, what, and when.",
			verb: "read", past: "read",
			object: func(c *call, in *SnippetIDInput) string {
				return c.ref("snippetId", "snippet", in.SnippetID) + " of " + c.ref("transcriptId", "transcript", in.TranscriptID)
			},
			run: func(ctx context.Context, c *call, in *SnippetIDInput) (meetings.Snippet, error) {
				s, err := c.client().Transcripts.GetSnippet(ctx, in.TranscriptID, in.SnippetID)
				if err != nil {
					return meetings.Snippet{}, err
				}
				return *s, nil
			},
			summary: func(s meetings.Snippet) string { return s.PersonName + ": " + s.Text },
		},
		&spec[SnippetUpdateInput, meetings.Snippet]{
			name: "transcript_snippets_update", title: "Correct a transcript snippet", cap: CapRecordings, level: Write, kind: kindUpdate, scopes: write,
			desc: "Correct the text of one transcript snippet.",
			verb: "correct", past: "corrected",
			object: func(c *call, in *SnippetUpdateInput) string {
				return c.ref("snippetId", "snippet", in.SnippetID) + " of " + c.ref("transcriptId", "transcript", in.TranscriptID)
			},
			run: func(ctx context.Context, c *call, in *SnippetUpdateInput) (meetings.Snippet, error) {
				s, err := c.client().Transcripts.UpdateSnippet(ctx, in.TranscriptID, in.SnippetID, &meetings.SnippetUpdateParams{Text: in.Text, Reason: in.Reason})
				if err != nil {
					return meetings.Snippet{}, err
				}
				return *s, nil
			},
			summary: func(s meetings.Snippet) string { return "corrected snippet " + s.ID },
		},
	}
}

// SummaryListInput is the input of summaries_list and summaries_list_admin.
type SummaryListInput struct {
	MeetingID string `json:"meetingId" jsonschema:"the ended meeting instance id"`
}

// SummaryIDInput names one meeting summary.
type SummaryIDInput struct {
	SummaryID string `json:"summaryId" jsonschema:"the meeting summary id"`
}

// SummaryListOutput is the result of summaries_list.
type SummaryListOutput struct {
	Items []meetings.Summary `json:"items"`
}

func summaryTools() []tool {
	list := func(name, title, desc string, scope string, admin bool) tool {
		return &spec[SummaryListInput, SummaryListOutput]{
			name: name, title: title, cap: CapRecordings, level: Read, kind: kindRead, scopes: []string{scope},
			desc: desc, verb: "read", past: "read",
			object: func(c *call, in *SummaryListInput) string {
				return "the AI summaries of " + c.ref("meetingId", "meeting", in.MeetingID)
			},
			run: func(ctx context.Context, c *call, in *SummaryListInput) (SummaryListOutput, error) {
				f := c.client().MeetingSummaries.List
				if admin {
					f = c.client().MeetingSummaries.ListAdmin
				}
				s := []meetings.Summary{}
				for sm, err := range f(ctx, in.MeetingID) {
					if err != nil {
						return SummaryListOutput{}, err
					}
					s = append(s, *sm)
				}
				return SummaryListOutput{Items: s}, nil
			},
			summary: func(o SummaryListOutput) string { return fmt.Sprintf("%d summaries", len(o.Items)) },
		}
	}
	return []tool{
		list("summaries_list", "Get a meeting's AI summary",
			"Get the AI-generated summary of an ended meeting: notes and action items.",
			webex.ScopeMeetingSummariesRead, false),
		list("summaries_list_admin", "Get a meeting's AI summary (compliance)",
			"Get the AI-generated summaries of any meeting of the organization, deleted ones included (compliance officers).",
			webex.ScopeMeetingSummariesRead, true),
		&spec[SummaryIDInput, Done]{
			name: "summaries_delete", title: "Delete a meeting summary", cap: CapRecordings, level: Full, kind: kindDelete,
			scopes: []string{webex.ScopeMeetingSummariesWrite},
			desc:   "Delete the AI summary of a meeting. Cannot be undone.",
			verb:   "delete", past: "deleted",
			object: func(c *call, in *SummaryIDInput) string { return c.ref("summaryId", "meeting summary", in.SummaryID) },
			run: func(ctx context.Context, c *call, in *SummaryIDInput) (Done, error) {
				if err := c.client().MeetingSummaries.Delete(ctx, in.SummaryID); err != nil {
					return Done{}, err
				}
				return Done{OK: true, Message: "deleted summary " + in.SummaryID}, nil
			},
			summary: func(d Done) string { return d.Message },
		},
	}
}
