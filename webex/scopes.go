package webex

// Scopes an access token can carry. An OAuth integration asks for the ones
// it needs (see [OAuth2Config]); a bot token carries all messaging scopes.
// Each service method's documentation names the scope it needs.
//
// They are untyped string constants, so they work wherever a string scope
// is expected (oauth2.Config.Scopes, the webextest emulator).
const (
	ScopeAll = "spark:all" // every user-level spark scope

	ScopeKMS = "spark:kms" // end-to-end encryption keys, needed to read and write message content

	ScopeMessagesRead         = "spark:messages_read"
	ScopeMessagesWrite        = "spark:messages_write"
	ScopeRoomsRead            = "spark:rooms_read"
	ScopeRoomsWrite           = "spark:rooms_write"
	ScopeMembershipsRead      = "spark:memberships_read"
	ScopeMembershipsWrite     = "spark:memberships_write"
	ScopePeopleRead           = "spark:people_read"
	ScopeTeamsRead            = "spark:teams_read"
	ScopeTeamsWrite           = "spark:teams_write"
	ScopeTeamMembershipsRead  = "spark:team_memberships_read"
	ScopeTeamMembershipsWrite = "spark:team_memberships_write"

	ScopeAdminPeopleRead  = "spark-admin:people_read"  // list people across the organization
	ScopeAdminPeopleWrite = "spark-admin:people_write" // create, update and delete people (administrators)

	ScopeComplianceEventsRead = "spark-compliance:events_read" // compliance officers: events across the organization

	ScopeMeetingSchedulesRead        = "meeting:schedules_read"
	ScopeMeetingSchedulesWrite       = "meeting:schedules_write"
	ScopeMeetingAdminScheduleRead    = "meeting:admin_schedule_read"
	ScopeMeetingAdminScheduleWrite   = "meeting:admin_schedule_write"
	ScopeMeetingParticipantsRead     = "meeting:participants_read"
	ScopeMeetingParticipantsWrite    = "meeting:participants_write"
	ScopeMeetingRecordingsRead       = "meeting:recordings_read"
	ScopeMeetingRecordingsWrite      = "meeting:recordings_write"
	ScopeMeetingAdminRecordingsRead  = "meeting:admin_recordings_read"
	ScopeMeetingTranscriptsRead      = "meeting:transcripts_read"
	ScopeMeetingAdminTranscriptsRead = "meeting:admin_transcripts_read"
	ScopeMeetingSummariesRead        = "meeting:summaries_read"
	ScopeMeetingSummariesWrite       = "meeting:summaries_write"
)
