package meetings

import (
	"strings"
	"time"
)

// TranscriptListParams filters the transcripts listed. All fields are
// optional. From and To are sent as ISO 8601 in UTC.
type TranscriptListParams struct {
	// MeetingID lists the transcripts of an ended meeting instance.
	MeetingID string    `url:"meetingId"`
	From      time.Time `url:"from"`
	To        time.Time `url:"to"`
	HostEmail string    `url:"hostEmail"`
	SiteURL   string    `url:"siteUrl"`
	// Max is the page size, 1 to 100.
	Max int `url:"max"`
}

func (p *TranscriptListParams) validate() error {
	if p == nil {
		return nil
	}
	if err := checkRange("TranscriptListParams", "From", "To", p.From, p.To); err != nil {
		return err
	}
	return checkMax("TranscriptListParams", p.Max, 100)
}

// TranscriptAdminListParams filters the transcripts a compliance officer
// lists. SiteURL is required.
type TranscriptAdminListParams struct {
	SiteURL string    `url:"siteUrl"`
	From    time.Time `url:"from"`
	To      time.Time `url:"to"`
	// Max is the page size, 1 to 100.
	Max int `url:"max"`
}

func (p *TranscriptAdminListParams) validate() error {
	if p == nil || p.SiteURL == "" {
		return invalid("TranscriptAdminListParams.SiteURL is required")
	}
	if err := checkRange("TranscriptAdminListParams", "From", "To", p.From, p.To); err != nil {
		return err
	}
	return checkMax("TranscriptAdminListParams", p.Max, 100)
}

// TranscriptDownloadParams are the options of [TranscriptService.Download].
// A nil *TranscriptDownloadParams downloads WebVTT.
type TranscriptDownloadParams struct {
	// Format is [TranscriptFormatVTT] (the default) or
	// [TranscriptFormatTXT].
	Format    TranscriptFormat `url:"format"`
	HostEmail string           `url:"hostEmail"`
}

func (p *TranscriptDownloadParams) validate() error {
	if p == nil {
		return nil
	}
	switch p.Format {
	case "", TranscriptFormatVTT, TranscriptFormatTXT:
		return nil
	}
	return invalid(`TranscriptDownloadParams.Format must be "vtt" or "txt"`)
}

// SnippetListParams are the options of [TranscriptService.ListSnippets].
type SnippetListParams struct {
	// Max is the page size.
	Max int `url:"max"`
}

func (p *SnippetListParams) validate() error {
	if p != nil && p.Max < 0 {
		return invalid("SnippetListParams.Max must not be negative")
	}
	return nil
}

// SnippetUpdateParams is the corrected text of a snippet. Text is
// required; a compliance officer gives a Reason.
type SnippetUpdateParams struct {
	Text   string `json:"text"`
	Reason string `json:"reason,omitempty"`
}

func (p *SnippetUpdateParams) validate() error {
	if p == nil || strings.TrimSpace(p.Text) == "" {
		return invalid("SnippetUpdateParams.Text is required")
	}
	return nil
}

// TranscriptDeleteParams are the options of [TranscriptService.Delete]. A
// compliance officer deleting another user's transcript gives a Reason.
type TranscriptDeleteParams struct {
	Reason string `json:"reason,omitempty"`
	// Comment is at most 255 characters.
	Comment string `json:"comment,omitempty"`
}

func (p *TranscriptDeleteParams) validate() error {
	if p != nil && len([]rune(p.Comment)) > 255 {
		return invalid("TranscriptDeleteParams.Comment is longer than 255 characters")
	}
	return nil
}
