//go:build conformance

package conformance

import (
	"context"
	"io"
	"time"

	"github.com/gowebex/sdk/webex"
	"github.com/gowebex/sdk/webex/meetings"
)

// Realistic meeting ids.
const (
	meetingID     = "870f51ff287b41be84648412901e0402"
	seriesID      = "dfb45ece33264639a4afda6c41e4b3a4"
	instanceID    = "870f51ff287b41be84648412901e0402_I_166022169160077044"
	templateID    = "N2Q3ZWE1ZjQyYjIyOWI0NV9NXzE2MjA5NDE3OTE2NTQ3MjMzMw"
	inviteeID     = "870f51ff287b41be84648412901e0402_2628962"
	participantID = "560d7b784f5143e3be2fc3064a5c4999_I_204252993233618782_57cc7e0e-6e7b-3e4c-9ad5-3ba9a2b1b7e4"
	recordingID   = "4f914b1dfe3c4d11a61730f18c0f5387"
	transcriptID  = "195d64646ad14be2924ea50f541fd91d"
	snippetID     = "195d64646ad14be2924ea50f541fd91d_00001"
	summaryID     = "a7ad3a2d-b7e1-4d35-8ed1-b5b2b3a0b1e0"
	siteURL       = "example.webex.com"
)

var (
	meetingStart = time.Date(2026, 6, 18, 14, 0, 0, 0, time.UTC)
	meetingEnd   = meetingStart.Add(time.Hour)
)

// meetingCalls calls every operation of the meeting families.
func meetingCalls() map[string]callFn {
	return map[string]callFn{
		// meetings
		"meetings list": func(ctx context.Context, c *webex.Client) error {
			return first(c.Meetings.List(ctx, &meetings.ListParams{MeetingType: meetings.TypeScheduledMeeting, State: meetings.StateScheduled, From: meetingStart, To: meetingEnd.Add(7 * 24 * time.Hour), Max: 50}))
		},
		"meetings list ended instances": func(ctx context.Context, c *webex.Client) error {
			_, err := c.Meetings.ListPage(ctx, &meetings.ListParams{MeetingSeriesID: seriesID, MeetingType: meetings.TypeMeeting, State: meetings.StateEnded, HasRecording: ptr(true), HasSummary: ptr(true), SiteURL: siteURL}, "")
			return err
		},
		"meetings list by number": func(ctx context.Context, c *webex.Client) error {
			return first(c.Meetings.List(ctx, &meetings.ListParams{MeetingNumber: "25149851238", Current: ptr(true), HostEmail: "ada@example.com", Password: "BgJep@43", Timezone: "UTC"}))
		},
		"meetings create": func(ctx context.Context, c *webex.Client) error {
			_, err := c.Meetings.Create(ctx, &meetings.CreateParams{
				Title: "Release review", Agenda: "Go/no-go for 4.2", Password: "BgJep@43", Start: meetingStart, End: meetingEnd,
				Timezone: "Europe/Paris", Recurrence: "FREQ=WEEKLY;INTERVAL=1;BYDAY=TH;COUNT=4",
				Settings: meetings.Settings{
					EnabledJoinBeforeHost: ptr(true), JoinBeforeHostMinutes: ptr(5), ReminderTime: ptr(10),
					UnlockedMeetingJoinSecurity: meetings.JoinSecurityAllowJoinWithLobby,
					SendEmail:                   ptr(false),
					MeetingOptions:              &meetings.MeetingOptions{EnabledChat: ptr(true), EnabledVideo: ptr(true)},
				},
				Invitees:        []meetings.InviteeParams{{Email: "ada@example.com", DisplayName: "Ada Lovelace", CoHost: ptr(true)}},
				TrackingCodes:   []meetings.TrackingCode{{Name: "Department", Value: "Engineering"}},
				IntegrationTags: []string{"release-4.2"},
				Registration: &meetings.RegistrationParams{
					RequireFirstName: ptr(true), RequireLastName: ptr(true), RequireEmail: ptr(true),
					CustomizedQuestions: []meetings.QuestionParams{{
						Question: "Team?", Type: meetings.QuestionDropdownList,
						Options: []meetings.OptionParams{{Value: "Platform"}, {Value: "Apps"}},
						Rules:   []meetings.QuestionRule{{Condition: "equals", Value: "Apps", Result: "approve"}},
					}},
				},
				SimultaneousInterpretation: &meetings.InterpretationParams{Enabled: true, Interpreters: []meetings.InterpreterParams{{LanguageCode1: "en", LanguageCode2: "fr", Email: "luc@example.com"}}},
			})
			return err
		},
		"meetings create ad hoc": func(ctx context.Context, c *webex.Client) error {
			_, err := c.Meetings.Create(ctx, &meetings.CreateParams{Adhoc: ptr(true), RoomID: roomID, Title: "Huddle", Start: meetingStart, End: meetingEnd})
			return err
		},
		"meetings get": func(ctx context.Context, c *webex.Client) error {
			_, err := c.Meetings.Get(ctx, meetingID, &meetings.GetParams{Current: ptr(true), HostEmail: "ada@example.com", Password: "BgJep@43", Timezone: "Europe/Paris"})
			return err
		},
		"meetings update": func(ctx context.Context, c *webex.Client) error {
			_, err := c.Meetings.Update(ctx, meetingID, &meetings.UpdateParams{Title: "Release review", Password: "BgJep@43", Start: meetingStart, End: meetingEnd, Timezone: "Europe/Paris", Settings: meetings.Settings{EnabledAutoRecordMeeting: ptr(true)}})
			return err
		},
		"meetings patch": func(ctx context.Context, c *webex.Client) error {
			_, err := c.Meetings.Patch(ctx, meetingID, &meetings.PatchParams{Title: ptr("Release review (moved)"), Agenda: meetings.Set("Go/no-go"), Start: meetingStart.Add(time.Hour), End: meetingEnd.Add(time.Hour)})
			return err
		},
		"meetings patch clearing": func(ctx context.Context, c *webex.Client) error {
			_, err := c.Meetings.Patch(ctx, meetingID, &meetings.PatchParams{Agenda: meetings.Null[string](), Recurrence: meetings.Null[string](), TrackingCodes: meetings.Null[[]meetings.TrackingCode]()})
			return err
		},
		"meetings delete": func(ctx context.Context, c *webex.Client) error {
			return c.Meetings.Delete(ctx, meetingID, &meetings.DeleteParams{SendEmail: ptr(false)})
		},
		"meetings join": func(ctx context.Context, c *webex.Client) error {
			_, err := c.Meetings.Join(ctx, &meetings.JoinParams{MeetingID: meetingID, Email: "ada@example.com", DisplayName: "Ada Lovelace", ExpirationMinutes: 30})
			return err
		},
		"meetings end": func(ctx context.Context, c *webex.Client) error {
			return c.Meetings.End(ctx, meetingID, nil)
		},
		"meetings list templates": func(ctx context.Context, c *webex.Client) error {
			return first(c.Meetings.ListTemplates(ctx, &meetings.TemplateListParams{TemplateType: meetings.TemplateTypeMeeting, Locale: "en_US", SiteURL: siteURL}))
		},
		"meetings get template": func(ctx context.Context, c *webex.Client) error {
			_, err := c.Meetings.GetTemplate(ctx, templateID, &meetings.TemplateGetParams{Timezone: "Asia/Shanghai"})
			return err
		},

		"meetings list admin": func(ctx context.Context, c *webex.Client) error {
			return first(c.Meetings.ListAdmin(ctx, &meetings.AdminListParams{MeetingNumber: "25149851238", Current: ptr(true), Timezone: "UTC"}))
		},
		"meetings list admin page": func(ctx context.Context, c *webex.Client) error {
			_, err := c.Meetings.ListAdminPage(ctx, &meetings.AdminListParams{WebLink: "https://example.webex.com/meet/j.php?MTID=m1"}, "")
			return err
		},
		"recordings list admin page": func(ctx context.Context, c *webex.Client) error {
			_, err := c.Recordings.ListAdminPage(ctx, &meetings.RecordingListParams{SiteURL: siteURL, Timezone: "UTC"}, "")
			return err
		},
		"transcripts list admin page": func(ctx context.Context, c *webex.Client) error {
			_, err := c.Transcripts.ListAdminPage(ctx, &meetings.TranscriptAdminListParams{SiteURL: siteURL}, "")
			return err
		},
		"summaries list admin page": func(ctx context.Context, c *webex.Client) error {
			_, err := c.MeetingSummaries.ListAdminPage(ctx, instanceID, "")
			return err
		},
		"participants query page": func(ctx context.Context, c *webex.Client) error {
			_, err := c.MeetingParticipants.QueryByEmailPage(ctx, &meetings.ParticipantQueryParams{MeetingID: instanceID, Emails: []string{"ada@example.com"}}, "")
			return err
		},
		"meetings get admin": func(ctx context.Context, c *webex.Client) error {
			_, err := c.Meetings.GetAdmin(ctx, meetingID, &meetings.AdminGetParams{Current: ptr(false), Timezone: "Europe/Paris"})
			return err
		},
		"meetings get controls": func(ctx context.Context, c *webex.Client) error {
			_, err := c.Meetings.GetControls(ctx, instanceID)
			return err
		},
		"meetings update controls": func(ctx context.Context, c *webex.Client) error {
			_, err := c.Meetings.UpdateControls(ctx, instanceID, &meetings.ControlsUpdateParams{Locked: ptr(true), RecordingStarted: ptr(true)})
			return err
		},
		"meetings reassign host": func(ctx context.Context, c *webex.Client) error {
			_, err := c.Meetings.ReassignHost(ctx, &meetings.ReassignHostParams{HostEmail: "alan@example.com", MeetingIDs: []string{meetingID, seriesID}, SiteURL: siteURL})
			return err
		},

		// invitees
		"invitees list": func(ctx context.Context, c *webex.Client) error {
			return first(c.MeetingInvitees.List(ctx, &meetings.InviteeListParams{MeetingID: meetingID, Max: 100}))
		},
		"invitees create": func(ctx context.Context, c *webex.Client) error {
			_, err := c.MeetingInvitees.Create(ctx, &meetings.InviteeCreateParams{MeetingID: meetingID, Email: "ada@example.com", DisplayName: "Ada Lovelace", CoHost: ptr(false), SendEmail: ptr(true)})
			return err
		},
		"invitees bulk insert": func(ctx context.Context, c *webex.Client) error {
			_, err := c.MeetingInvitees.BulkInsert(ctx, &meetings.BulkInviteeParams{MeetingID: meetingID, Items: []meetings.BulkInvitee{
				{Email: "ada@example.com", DisplayName: "Ada Lovelace"}, {Email: "alan@example.com", CoHost: ptr(true)},
			}})
			return err
		},
		"invitees get": func(ctx context.Context, c *webex.Client) error {
			_, err := c.MeetingInvitees.Get(ctx, inviteeID, nil)
			return err
		},
		"invitees update": func(ctx context.Context, c *webex.Client) error {
			_, err := c.MeetingInvitees.Update(ctx, inviteeID, &meetings.InviteeUpdateParams{Email: "ada@example.com", DisplayName: "Ada L.", CoHost: ptr(true)})
			return err
		},
		"invitees delete": func(ctx context.Context, c *webex.Client) error {
			return c.MeetingInvitees.Delete(ctx, inviteeID, &meetings.InviteeDeleteParams{SendEmail: ptr(false)})
		},

		// participants
		"participants list": func(ctx context.Context, c *webex.Client) error {
			return first(c.MeetingParticipants.List(ctx, &meetings.ParticipantListParams{MeetingID: instanceID, JoinTimeFrom: meetingStart, JoinTimeTo: meetingEnd, Max: 100, Timezone: "UTC"}))
		},
		"participants query": func(ctx context.Context, c *webex.Client) error {
			return first(c.MeetingParticipants.QueryByEmail(ctx, &meetings.ParticipantQueryParams{MeetingID: instanceID, Emails: []string{"ada@example.com"}, Timezone: "UTC"}))
		},
		"participants get": func(ctx context.Context, c *webex.Client) error {
			_, err := c.MeetingParticipants.Get(ctx, participantID, nil)
			return err
		},
		"participants update": func(ctx context.Context, c *webex.Client) error {
			_, err := c.MeetingParticipants.Update(ctx, participantID, &meetings.ParticipantUpdateParams{Muted: ptr(true)})
			return err
		},
		"participants call out": func(ctx context.Context, c *webex.Client) error {
			_, err := c.MeetingParticipants.CallOut(ctx, &meetings.CallOutParams{MeetingID: instanceID, Address: "boardroom@example.com", DisplayName: "Boardroom", InvitationCorrelationID: "call-42"})
			return err
		},
		"participants cancel call out": func(ctx context.Context, c *webex.Client) error {
			return c.MeetingParticipants.CancelCallOut(ctx, participantID)
		},
		"participants admit": func(ctx context.Context, c *webex.Client) error {
			return c.MeetingParticipants.Admit(ctx, []meetings.AdmitItem{{ParticipantID: participantID}})
		},

		// recordings
		"recordings list": func(ctx context.Context, c *webex.Client) error {
			return first(c.Recordings.List(ctx, &meetings.RecordingListParams{From: meetingStart, To: meetingEnd.Add(24 * time.Hour), Format: "MP4", ServiceType: meetings.ServiceTypeMeetingCenter, Max: 100, Timezone: "UTC"}))
		},
		"recordings list admin": func(ctx context.Context, c *webex.Client) error {
			return first(c.Recordings.ListAdmin(ctx, &meetings.RecordingListParams{From: meetingStart, To: meetingEnd.Add(24 * time.Hour), SiteURL: siteURL}))
		},
		"recordings get": func(ctx context.Context, c *webex.Client) error {
			_, err := c.Recordings.Get(ctx, recordingID, &meetings.RecordingGetParams{Timezone: "UTC", SiteURL: siteURL})
			return err
		},
		"recordings delete": func(ctx context.Context, c *webex.Client) error {
			return c.Recordings.Delete(ctx, recordingID, &meetings.RecordingDeleteParams{Reason: "audit", Comment: "Retention policy"})
		},

		"recordings move to recycle bin": func(ctx context.Context, c *webex.Client) error {
			return c.Recordings.MoveToRecycleBin(ctx, &meetings.RecycleBinParams{RecordingIDs: []string{recordingID}, SiteURL: siteURL})
		},
		"recordings restore": func(ctx context.Context, c *webex.Client) error {
			return c.Recordings.Restore(ctx, &meetings.RecycleBinParams{RecordingIDs: []string{recordingID}})
		},
		"recordings restore all": func(ctx context.Context, c *webex.Client) error {
			return c.Recordings.Restore(ctx, &meetings.RecycleBinParams{All: true, HostEmail: "ada@example.com"})
		},
		"recordings purge": func(ctx context.Context, c *webex.Client) error {
			return c.Recordings.Purge(ctx, &meetings.RecycleBinParams{All: true, SiteURL: siteURL})
		},
		"recordings share": func(ctx context.Context, c *webex.Client) error {
			return c.Recordings.Share(ctx, recordingID, &meetings.ShareParams{AddEmails: []string{"alan@example.com"}, RemoveEmails: []string{"eve@example.com"}, SendEmail: ptr(true)})
		},
		"recordings share by link": func(ctx context.Context, c *webex.Client) error {
			return c.Recordings.ShareByLink(ctx, &meetings.ShareByLinkParams{WebShareLink: "https://example.webex.com/recordingservice/sites/example/recording/4f914b1dfe3c4d11a61730f18c0f5387/playback", ShareParams: meetings.ShareParams{AddEmails: []string{"alan@example.com"}}})
		},
		"recordings list group": func(ctx context.Context, c *webex.Client) error {
			return first(c.Recordings.ListGroup(ctx, &meetings.GroupRecordingListParams{PersonID: personID, From: meetingStart, To: meetingEnd.Add(24 * time.Hour), Max: 50, Timezone: "UTC"}))
		},
		"recordings list group by email": func(ctx context.Context, c *webex.Client) error {
			_, err := c.Recordings.ListGroupPage(ctx, &meetings.GroupRecordingListParams{HostEmail: "ada@example.com", Topic: "review"}, "")
			return err
		},
		"recordings get group": func(ctx context.Context, c *webex.Client) error {
			_, err := c.Recordings.GetGroup(ctx, recordingID, &meetings.GroupRecordingGetParams{PersonID: personID, Timezone: "UTC"})
			return err
		},
		"recordings delete admin": func(ctx context.Context, c *webex.Client) error {
			return c.Recordings.DeleteAdmin(ctx, recordingID)
		},

		// transcripts
		"transcripts list": func(ctx context.Context, c *webex.Client) error {
			return first(c.Transcripts.List(ctx, &meetings.TranscriptListParams{MeetingID: instanceID}))
		},
		"transcripts list admin": func(ctx context.Context, c *webex.Client) error {
			return first(c.Transcripts.ListAdmin(ctx, &meetings.TranscriptAdminListParams{SiteURL: siteURL, From: meetingStart, To: meetingEnd.Add(24 * time.Hour), Max: 10}))
		},
		"transcripts download": func(ctx context.Context, c *webex.Client) error {
			f, err := c.Transcripts.Download(ctx, transcriptID, &meetings.TranscriptDownloadParams{Format: meetings.TranscriptFormatVTT})
			if err != nil {
				return err
			}
			defer f.Close()
			_, err = io.Copy(io.Discard, f)
			return err
		},
		"transcripts list snippets": func(ctx context.Context, c *webex.Client) error {
			return first(c.Transcripts.ListSnippets(ctx, transcriptID, &meetings.SnippetListParams{Max: 100}))
		},
		"transcripts get snippet": func(ctx context.Context, c *webex.Client) error {
			_, err := c.Transcripts.GetSnippet(ctx, transcriptID, snippetID)
			return err
		},
		"transcripts update snippet": func(ctx context.Context, c *webex.Client) error {
			_, err := c.Transcripts.UpdateSnippet(ctx, transcriptID, snippetID, &meetings.SnippetUpdateParams{Text: "We ship on Thursday.", Reason: "typo"})
			return err
		},
		"transcripts delete": func(ctx context.Context, c *webex.Client) error {
			return c.Transcripts.Delete(ctx, transcriptID, &meetings.TranscriptDeleteParams{Reason: "audit", Comment: "Retention policy"})
		},

		// summaries
		"summaries list": func(ctx context.Context, c *webex.Client) error {
			return first(c.MeetingSummaries.List(ctx, instanceID))
		},
		"summaries list page": func(ctx context.Context, c *webex.Client) error {
			_, err := c.MeetingSummaries.ListPage(ctx, instanceID, "")
			return err
		},
		"summaries list admin": func(ctx context.Context, c *webex.Client) error {
			return first(c.MeetingSummaries.ListAdmin(ctx, instanceID))
		},
		"summaries delete": func(ctx context.Context, c *webex.Client) error {
			return c.MeetingSummaries.Delete(ctx, summaryID)
		},
	}
}
