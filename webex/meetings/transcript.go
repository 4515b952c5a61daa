package meetings

import (
	"io"
	"time"
)

// Transcript is the transcript of an ended meeting instance, as Webex
// returns it.
// See https://developer.webex.com/docs/api/v1/meeting-transcripts.
type Transcript struct {
	ID                 string    `json:"id"`
	SiteURL            string    `json:"siteUrl,omitempty"`
	StartTime          time.Time `json:"startTime,omitzero"`
	MeetingTopic       string    `json:"meetingTopic,omitempty"`
	MeetingID          string    `json:"meetingId,omitempty"`
	ScheduledMeetingID string    `json:"scheduledMeetingId,omitempty"`
	MeetingSeriesID    string    `json:"meetingSeriesId,omitempty"`
	HostUserID         string    `json:"hostUserId,omitempty"`
	// VTTDownloadLink and TXTDownloadLink are the API links that
	// [TranscriptService.Download] follows.
	VTTDownloadLink string `json:"vttDownloadLink,omitempty"`
	TXTDownloadLink string `json:"txtDownloadLink,omitempty"`
	// Status is [StatusAvailable] or [StatusDeleted].
	Status Status `json:"status,omitempty"`
}

// Snippet is a short piece of a transcript: what one person said.
type Snippet struct {
	ID          string `json:"id"`
	Text        string `json:"text,omitempty"`
	PersonName  string `json:"personName,omitempty"`
	PersonEmail string `json:"personEmail,omitempty"`
	// OffsetMillisecond is where the snippet starts in the transcript.
	OffsetMillisecond int64 `json:"offsetMillisecond,omitempty"`
	// DurationMillisecond is how long the snippet lasts.
	DurationMillisecond int64 `json:"durationMillisecond,omitempty"`
}

// Offset returns where the snippet starts in the transcript.
func (s *Snippet) Offset() time.Duration {
	return time.Duration(s.OffsetMillisecond) * time.Millisecond
}

// Duration returns how long the snippet lasts.
func (s *Snippet) Duration() time.Duration {
	return time.Duration(s.DurationMillisecond) * time.Millisecond
}

// TranscriptFormat is the file format of a transcript download
// ([TranscriptDownloadParams.Format]).
type TranscriptFormat string

// Transcript formats.
const (
	TranscriptFormatVTT TranscriptFormat = "vtt" // WebVTT, with timings
	TranscriptFormatTXT TranscriptFormat = "txt" // plain text
)

// TranscriptFile is a transcript being downloaded. Read it as an
// io.Reader, then Close it; it is streamed, never held in memory whole.
type TranscriptFile struct {
	io.ReadCloser
	// ContentType is the media type Webex gave, such as "text/vtt".
	ContentType string
	// FileName is the name from the Content-Disposition header, if any.
	FileName string
	// Size is the length in bytes, or -1 when unknown.
	Size int64
}
