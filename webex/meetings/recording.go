package meetings

import "time"

// Recording is a meeting recording, as Webex returns it.
// See https://developer.webex.com/docs/api/v1/recordings.
type Recording struct {
	ID string `json:"id"`
	// MeetingID is the ended meeting instance that was recorded.
	MeetingID          string `json:"meetingId,omitempty"`
	ScheduledMeetingID string `json:"scheduledMeetingId,omitempty"`
	MeetingSeriesID    string `json:"meetingSeriesId,omitempty"`
	Topic              string `json:"topic,omitempty"`
	// CreateTime is when the recording was made available; TimeRecorded
	// is when recording started.
	CreateTime   time.Time `json:"createTime,omitzero"`
	TimeRecorded time.Time `json:"timeRecorded,omitzero"`
	// HostDisplayName and HostEmail are returned by ListAdmin.
	HostDisplayName string `json:"hostDisplayName,omitempty"`
	HostEmail       string `json:"hostEmail,omitempty"`
	SiteURL         string `json:"siteUrl,omitempty"`
	// DownloadURL is missing when downloading is prevented.
	DownloadURL string `json:"downloadUrl,omitempty"`
	PlaybackURL string `json:"playbackUrl,omitempty"`
	Password    string `json:"password,omitempty"`
	// Format is one of the RecordingFormat constants.
	Format RecordingFormat `json:"format,omitempty"`
	// ServiceType is one of the ServiceType constants.
	ServiceType     ServiceType `json:"serviceType,omitempty"`
	DurationSeconds int         `json:"durationSeconds,omitempty"`
	SizeBytes       int64       `json:"sizeBytes,omitempty"`
	// ShareToMe reports whether the recording was shared with the caller.
	ShareToMe bool `json:"shareToMe,omitempty"`
	// TemporaryDirectDownloadLinks is returned by Get, unless downloading
	// is prevented.
	TemporaryDirectDownloadLinks *DownloadLinks `json:"temporaryDirectDownloadLinks,omitempty"`
	IntegrationTags              []string       `json:"integrationTags,omitempty"`
	// Status is [StatusAvailable], [StatusDeleted] or [StatusPurged].
	Status Status `json:"status,omitempty"`
}

// DownloadLinks are direct links to a recording's files, with no HTML page
// or redirect in between. They expire (3 hours after the request).
type DownloadLinks struct {
	RecordingDownloadLink  string    `json:"recordingDownloadLink,omitempty"`
	AudioDownloadLink      string    `json:"audioDownloadLink,omitempty"`
	TranscriptDownloadLink string    `json:"transcriptDownloadLink,omitempty"`
	Expiration             time.Time `json:"expiration,omitzero"`
}

// RecordingFormat is the file format of a recording ([Recording.Format]).
type RecordingFormat string

// Recording formats.
const (
	RecordingFormatMP4      RecordingFormat = "MP4"
	RecordingFormatARF      RecordingFormat = "ARF" // Webex's own format
	RecordingFormatUploaded RecordingFormat = "UPLOADED"
)

// ServiceType is the Webex service a meeting or recording belongs to
// ([Recording.ServiceType]).
type ServiceType string

// Service types.
const (
	ServiceTypeMeetingCenter  ServiceType = "MeetingCenter"
	ServiceTypeEventCenter    ServiceType = "EventCenter"
	ServiceTypeSupportCenter  ServiceType = "SupportCenter"
	ServiceTypeTrainingCenter ServiceType = "TrainingCenter"
)
