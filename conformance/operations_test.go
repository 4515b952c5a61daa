//go:build conformance

package conformance

import (
	"github.com/gowebex/sdk/webex/attachments"
	"github.com/gowebex/sdk/webex/events"
	"github.com/gowebex/sdk/webex/meetings"
	"github.com/gowebex/sdk/webex/memberships"
	"github.com/gowebex/sdk/webex/messages"
	"github.com/gowebex/sdk/webex/people"
	"github.com/gowebex/sdk/webex/rooms"
	"github.com/gowebex/sdk/webex/teams"
	"github.com/gowebex/sdk/webex/webhooks"
)

// covers is an operation of Cisco's spec that the SDK claims, with the
// SDK type its 2xx JSON answer decodes into (nil when it answers with no
// JSON body, or with a file).
type covers struct {
	spec string
	into func() any
}

// items is a list answer.
type items[T any] struct {
	Items []T `json:"items"`
}

func one[T any]() func() any  { return func() any { return new(T) } }
func list[T any]() func() any { return func() any { return new(items[T]) } }

// operations lists every operation of the families the SDK claims. The
// calls in TestCalls must reach each of them, and TestResponseExamples
// decodes each one's examples into the type given.
var operations = map[string]covers{
	"GET /messages":                           {messagingSpec, list[messages.Message]()},
	"POST /messages":                          {messagingSpec, one[messages.Message]()},
	"GET /messages/direct":                    {messagingSpec, list[messages.Message]()},
	"GET /messages/{messageId}":               {messagingSpec, one[messages.Message]()},
	"PUT /messages/{messageId}":               {messagingSpec, one[messages.Message]()},
	"DELETE /messages/{messageId}":            {messagingSpec, nil},
	"GET /rooms":                              {messagingSpec, list[rooms.Room]()},
	"POST /rooms":                             {messagingSpec, one[rooms.Room]()},
	"GET /rooms/{roomId}":                     {messagingSpec, one[rooms.Room]()},
	"GET /rooms/{roomId}/meetingInfo":         {messagingSpec, one[rooms.MeetingInfo]()},
	"PUT /rooms/{roomId}":                     {messagingSpec, one[rooms.Room]()},
	"DELETE /rooms/{roomId}":                  {messagingSpec, nil},
	"GET /memberships":                        {messagingSpec, list[memberships.Membership]()},
	"POST /memberships":                       {messagingSpec, one[memberships.Membership]()},
	"GET /memberships/{membershipId}":         {messagingSpec, one[memberships.Membership]()},
	"PUT /memberships/{membershipId}":         {messagingSpec, one[memberships.Membership]()},
	"DELETE /memberships/{membershipId}":      {messagingSpec, nil},
	"GET /people":                             {messagingSpec, one[people.LookupResult]()},
	"POST /people":                            {messagingSpec, one[people.Person]()},
	"GET /people/{personId}":                  {messagingSpec, one[people.Person]()},
	"GET /people/me":                          {messagingSpec, one[people.Person]()},
	"PUT /people/{personId}":                  {messagingSpec, one[people.Person]()},
	"DELETE /people/{personId}":               {messagingSpec, nil},
	"GET /teams":                              {messagingSpec, list[teams.Team]()},
	"POST /teams":                             {messagingSpec, one[teams.Team]()},
	"GET /teams/{teamId}":                     {messagingSpec, one[teams.Team]()},
	"PUT /teams/{teamId}":                     {messagingSpec, one[teams.Team]()},
	"DELETE /teams/{teamId}":                  {messagingSpec, nil},
	"GET /team/memberships":                   {messagingSpec, list[teams.Membership]()},
	"POST /team/memberships":                  {messagingSpec, one[teams.Membership]()},
	"GET /team/memberships/{membershipId}":    {messagingSpec, one[teams.Membership]()},
	"PUT /team/memberships/{membershipId}":    {messagingSpec, one[teams.Membership]()},
	"DELETE /team/memberships/{membershipId}": {messagingSpec, nil},
	"GET /webhooks":                           {messagingSpec, list[webhooks.Webhook]()},
	"POST /webhooks":                          {messagingSpec, one[webhooks.Webhook]()},
	"GET /webhooks/{webhookId}":               {messagingSpec, one[webhooks.Webhook]()},
	"PUT /webhooks/{webhookId}":               {messagingSpec, one[webhooks.Webhook]()},
	"DELETE /webhooks/{webhookId}":            {messagingSpec, nil},
	"POST /attachment/actions":                {messagingSpec, one[attachments.Action]()},
	"GET /attachment/actions/{id}":            {messagingSpec, one[attachments.Action]()},
	"GET /events":                             {messagingSpec, list[events.Event]()},
	"GET /events/{eventId}":                   {messagingSpec, one[events.Event]()},

	"GET /meetings":                                               {meetingSpec, list[meetings.Meeting]()},
	"POST /meetings":                                              {meetingSpec, one[meetings.Meeting]()},
	"GET /meetings/{meetingId}":                                   {meetingSpec, one[meetings.Meeting]()},
	"PUT /meetings/{meetingId}":                                   {meetingSpec, one[meetings.Meeting]()},
	"PATCH /meetings/{meetingId}":                                 {meetingSpec, one[meetings.Meeting]()},
	"DELETE /meetings/{meetingId}":                                {meetingSpec, nil},
	"POST /meetings/join":                                         {meetingSpec, one[meetings.JoinLink]()},
	"POST /meetings/{meetingId}/end":                              {meetingSpec, nil},
	"GET /meetings/templates":                                     {meetingSpec, list[meetings.Template]()},
	"GET /meetings/templates/{templateId}":                        {meetingSpec, one[meetings.Template]()},
	"GET /meetingInvitees":                                        {meetingSpec, list[meetings.Invitee]()},
	"POST /meetingInvitees":                                       {meetingSpec, one[meetings.Invitee]()},
	"POST /meetingInvitees/bulkInsert":                            {meetingSpec, list[meetings.Invitee]()},
	"GET /meetingInvitees/{meetingInviteeId}":                     {meetingSpec, one[meetings.Invitee]()},
	"PUT /meetingInvitees/{meetingInviteeId}":                     {meetingSpec, one[meetings.Invitee]()},
	"DELETE /meetingInvitees/{meetingInviteeId}":                  {meetingSpec, nil},
	"GET /meetingParticipants":                                    {meetingSpec, list[meetings.Participant]()},
	"POST /meetingParticipants/query":                             {meetingSpec, list[meetings.Participant]()},
	"GET /meetingParticipants/{participantId}":                    {meetingSpec, one[meetings.Participant]()},
	"PUT /meetingParticipants/{participantId}":                    {meetingSpec, one[meetings.Participant]()},
	"POST /meetingParticipants/admit":                             {meetingSpec, nil},
	"GET /recordings":                                             {meetingSpec, list[meetings.Recording]()},
	"GET /admin/recordings":                                       {meetingSpec, list[meetings.Recording]()},
	"GET /recordings/{recordingId}":                               {meetingSpec, one[meetings.Recording]()},
	"DELETE /recordings/{recordingId}":                            {meetingSpec, nil},
	"GET /meetingTranscripts":                                     {meetingSpec, list[meetings.Transcript]()},
	"GET /admin/meetingTranscripts":                               {meetingSpec, list[meetings.Transcript]()},
	"GET /meetingTranscripts/{transcriptId}/download":             {meetingSpec, nil},
	"GET /meetingTranscripts/{transcriptId}/snippets":             {meetingSpec, list[meetings.Snippet]()},
	"GET /meetingTranscripts/{transcriptId}/snippets/{snippetId}": {meetingSpec, one[meetings.Snippet]()},
	"PUT /meetingTranscripts/{transcriptId}/snippets/{snippetId}": {meetingSpec, one[meetings.Snippet]()},
	"DELETE /meetingTranscripts/{transcriptId}":                   {meetingSpec, nil},
	"GET /meetingSummaries":                                       {meetingSpec, list[meetings.Summary]()},
	"GET /admin/meetingSummaries":                                 {meetingSpec, list[meetings.Summary]()},
	"POST /recordings/softDelete":                                 {meetingSpec, nil},
	"POST /recordings/restore":                                    {meetingSpec, nil},
	"POST /recordings/purge":                                      {meetingSpec, nil},
	"POST /recordings/{recordingId}/accessList":                   {meetingSpec, nil},
	"POST /recordings/accessList":                                 {meetingSpec, nil},
	"GET /group/recordings":                                       {meetingSpec, list[meetings.Recording]()},
	"GET /group/recordings/{recordingId}":                         {meetingSpec, one[meetings.Recording]()},
	"DELETE /admin/recordings/{recordingId}":                      {meetingSpec, nil},
	"GET /admin/meetings":                                         {meetingSpec, list[meetings.Meeting]()},
	"GET /admin/meetings/{meetingId}":                             {meetingSpec, one[meetings.Meeting]()},
	"GET /meetings/controls":                                      {meetingSpec, one[meetings.Controls]()},
	"PUT /meetings/controls":                                      {meetingSpec, one[meetings.Controls]()},
	"POST /meetings/reassignHost":                                 {meetingSpec, one[meetings.ReassignResult]()},
	"POST /meetingParticipants/callout":                           {meetingSpec, one[meetings.CallOut]()},
	"POST /meetingParticipants/cancelCallout":                     {meetingSpec, nil},
	"DELETE /meetingSummaries/{summaryId}":                        {meetingSpec, nil},
}
