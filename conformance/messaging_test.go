//go:build conformance

package conformance

import (
	"context"
	"time"

	"github.com/gowebex/sdk/webex"
	"github.com/gowebex/sdk/webex/attachments"
	"github.com/gowebex/sdk/webex/events"
	"github.com/gowebex/sdk/webex/memberships"
	"github.com/gowebex/sdk/webex/messages"
	"github.com/gowebex/sdk/webex/people"
	"github.com/gowebex/sdk/webex/rooms"
	"github.com/gowebex/sdk/webex/teams"
	"github.com/gowebex/sdk/webex/webhooks"
)

// Realistic ids, in Webex's base64 form.
const (
	roomID       = "Y2lzY29zcGFyazovL3VzL1JPT00vYmJjZWIxYWQtNDNmMS0zYjU4LTkxNDctZjE0YmIwYzRkMTU0"
	messageID    = "Y2lzY29zcGFyazovL3VzL01FU1NBR0UvOTJkYjNiZTAtNDNiZC0xMWU2LThhZTktZGQ1YjNkZmM1NjVk"
	personID     = "Y2lzY29zcGFyazovL3VzL1BFT1BMRS9mNWIzNjE4Ny1jOGRkLTQ3MjctOGIyZi1mOWM0NDdmMjkwNDY"
	personID2    = "Y2lzY29zcGFyazovL3VzL1BFT1BMRS83YmFiZjRkMS0zYjRiLTQ5ZjQtOTE3YS0xMWY1YjY3NmQ0ZTk"
	membershipID = "Y2lzY29zcGFyazovL3VzL01FTUJFUlNISVAvMGQwYzkxYjYtY2U2MC00NzI1LWI2ZDAtMzQ1NWQ1ZDExZWYzOmNkZTFkZDQwLTJmMGQtMTFlNS1iYTljLTdiNjU1NmQyMjA3Yg"
	teamID       = "Y2lzY29zcGFyazovL3VzL1RFQU0vMTNlMThmNDAtNDJmYy0xMWU2LWE5ZDgtMjExYTBkYzc5NzY5"
	webhookID    = "Y2lzY29zcGFyazovL3VzL1dFQkhPT0svOTZhYmMyYWEtM2RjYy0xMWU1LWExNTItZmUzNDgxOWNkYzlh"
	actionID     = "Y2lzY29zcGFyazovL3VzL0FUVEFDSE1FTlRfQUNUSU9OLzVmNjQzOGYwLTQzNTktMTFlOS1iMzEwLWZkYjE5NDRkMWQyNQ"
	eventID      = "Y2lzY29zcGFyazovL3VzL0VWRU5ULzI0NTU1YzI0LWM5OTAtNDg2Zi1hM2M5LTc0Y2NhNjdiM2Q0Yg"
	orgID        = "Y2lzY29zcGFyazovL3VzL09SR0FOSVpBVElPTi85NmFiYzJhYS0zZGNjLTExZTUtYTE1Mi1mZTM0ODE5Y2RjOWE"
	roleID       = "Y2lzY29zcGFyazovL3VzL1JPTEUvOTZhYmMyYWEtM2RjYy0xMWU1LWExNTItZmUzNDgxOWNkYzlh"
	licenseID    = "Y2lzY29zcGFyazovL3VzL0xJQ0VOU0UvOTZhYmMyYWEtM2RjYy0xMWU1LWExNTItZmUzNDgxOWNkYzlh"
)

var since = time.Date(2026, 3, 18, 9, 0, 0, 0, time.UTC)

// messagingCalls calls every operation of the messaging families.
func messagingCalls() map[string]callFn {
	return map[string]callFn{
		// messages
		"messages list": func(ctx context.Context, c *webex.Client) error {
			return first(c.Messages.List(ctx, &messages.ListParams{RoomID: roomID, MentionedPeople: []string{"me"}, Before: since, Max: 50}))
		},
		"messages list page": func(ctx context.Context, c *webex.Client) error {
			_, err := c.Messages.ListPage(ctx, &messages.ListParams{RoomID: roomID, ParentID: messageID, BeforeMessage: messageID}, "")
			return err
		},
		"messages list direct": func(ctx context.Context, c *webex.Client) error {
			return first(c.Messages.ListDirect(ctx, &messages.ListDirectParams{PersonEmail: "ada@example.com"}))
		},
		"messages create": func(ctx context.Context, c *webex.Client) error {
			_, err := c.Messages.Create(ctx, &messages.CreateParams{RoomID: roomID, Markdown: "Build **passed**", Files: []string{"https://example.com/report.pdf"}})
			return err
		},
		"messages create reply": func(ctx context.Context, c *webex.Client) error {
			_, err := c.Messages.Create(ctx, &messages.CreateParams{RoomID: roomID, ParentID: messageID, Text: "on it"})
			return err
		},
		"messages create card": func(ctx context.Context, c *webex.Client) error {
			a, err := messages.CardAttachment(map[string]any{"type": "AdaptiveCard", "version": "1.3", "body": []any{map[string]any{"type": "TextBlock", "text": "Approve?"}}})
			if err != nil {
				return err
			}
			_, err = c.Messages.Create(ctx, &messages.CreateParams{ToPersonEmail: "ada@example.com", Text: "Approve?", Attachments: []messages.Attachment{a}})
			return err
		},
		"messages get": func(ctx context.Context, c *webex.Client) error {
			_, err := c.Messages.Get(ctx, messageID)
			return err
		},
		"messages edit": func(ctx context.Context, c *webex.Client) error {
			_, err := c.Messages.Edit(ctx, messageID, &messages.EditParams{RoomID: roomID, Markdown: "Build **failed**"})
			return err
		},
		"messages delete": func(ctx context.Context, c *webex.Client) error {
			return c.Messages.Delete(ctx, messageID)
		},

		// rooms
		"rooms list": func(ctx context.Context, c *webex.Client) error {
			return first(c.Rooms.List(ctx, &rooms.ListParams{TeamID: teamID, Type: rooms.TypeGroup, SortBy: rooms.SortByLastActivity, Max: 100}))
		},
		"rooms list public": func(ctx context.Context, c *webex.Client) error {
			_, err := c.Rooms.ListPage(ctx, &rooms.ListParams{OrgPublicSpaces: true, From: since, To: since.Add(48 * time.Hour)}, "")
			return err
		},
		"rooms create": func(ctx context.Context, c *webex.Client) error {
			_, err := c.Rooms.Create(ctx, &rooms.CreateParams{Title: "Release 4.2", TeamID: teamID, IsLocked: ptr(true), Description: "Shipping 4.2"})
			return err
		},
		"rooms get": func(ctx context.Context, c *webex.Client) error {
			_, err := c.Rooms.Get(ctx, roomID)
			return err
		},
		"rooms meeting info": func(ctx context.Context, c *webex.Client) error {
			//lint:ignore SA1019 Webex retired the endpoint, but the SDK still offers it and the spec still has it
			_, err := c.Rooms.GetMeetingInfo(ctx, roomID)
			return err
		},
		"rooms update": func(ctx context.Context, c *webex.Client) error {
			_, err := c.Rooms.Update(ctx, roomID, &rooms.UpdateParams{Title: "Release 4.2 (shipped)", IsReadOnly: ptr(false)})
			return err
		},
		"rooms delete": func(ctx context.Context, c *webex.Client) error {
			return c.Rooms.Delete(ctx, roomID)
		},

		// memberships
		"memberships list": func(ctx context.Context, c *webex.Client) error {
			return first(c.Memberships.List(ctx, &memberships.ListParams{RoomID: roomID, PersonEmail: "ada@example.com", Max: 100}))
		},
		"memberships create": func(ctx context.Context, c *webex.Client) error {
			_, err := c.Memberships.Create(ctx, &memberships.CreateParams{RoomID: roomID, PersonEmail: "ada@example.com", IsModerator: ptr(false)})
			return err
		},
		"memberships get": func(ctx context.Context, c *webex.Client) error {
			_, err := c.Memberships.Get(ctx, membershipID)
			return err
		},
		"memberships update": func(ctx context.Context, c *webex.Client) error {
			_, err := c.Memberships.Update(ctx, membershipID, &memberships.UpdateParams{IsModerator: ptr(true), IsRoomHidden: ptr(false)})
			return err
		},
		"memberships delete": func(ctx context.Context, c *webex.Client) error {
			return c.Memberships.Delete(ctx, membershipID)
		},

		// people
		"people list": func(ctx context.Context, c *webex.Client) error {
			return first(c.People.List(ctx, &people.ListParams{DisplayName: "Ada", OrgID: orgID, Max: 50}))
		},
		"people lookup": func(ctx context.Context, c *webex.Client) error {
			_, err := c.People.Lookup(ctx, []string{personID, personID2})
			return err
		},
		"people get": func(ctx context.Context, c *webex.Client) error {
			_, err := c.People.Get(ctx, personID, &people.GetParams{CallingData: true})
			return err
		},
		"people me": func(ctx context.Context, c *webex.Client) error {
			_, err := c.People.Me(ctx, nil)
			return err
		},
		"people create": func(ctx context.Context, c *webex.Client) error {
			_, err := c.People.Create(ctx, &people.CreateParams{
				Emails: []string{"ada@example.com"}, DisplayName: "Ada Lovelace", FirstName: "Ada", LastName: "Lovelace",
				OrgID: orgID, Roles: []string{roleID}, Licenses: []string{licenseID}, Department: "Engineering", Title: "Analyst",
				PhoneNumbers: []people.PhoneNumberParams{{Type: people.PhoneTypeWork, Value: "+1 408 526 7209"}},
				Addresses:    []people.Address{{Type: "work", Country: "US", Locality: "San Jose", Region: "CA", StreetAddress: "170 West Tasman Drive", PostalCode: "95134"}},
			})
			return err
		},
		"people update from get": func(ctx context.Context, c *webex.Client) error {
			p, err := c.People.Get(ctx, personID, nil)
			if err != nil {
				return err
			}
			u := p.UpdateParams()
			u.Title = "Senior Analyst"
			_, err = c.People.Update(ctx, personID, u)
			return err
		},
		"people delete": func(ctx context.Context, c *webex.Client) error {
			return c.People.Delete(ctx, personID)
		},

		// teams and team memberships
		"teams list": func(ctx context.Context, c *webex.Client) error {
			return first(c.Teams.List(ctx, &teams.ListParams{Max: 100}))
		},
		"teams create": func(ctx context.Context, c *webex.Client) error {
			_, err := c.Teams.Create(ctx, &teams.CreateParams{Name: "Platform", Description: "The platform team"})
			return err
		},
		"teams get": func(ctx context.Context, c *webex.Client) error {
			_, err := c.Teams.Get(ctx, teamID)
			return err
		},
		"teams update": func(ctx context.Context, c *webex.Client) error {
			_, err := c.Teams.Update(ctx, teamID, &teams.UpdateParams{Name: "Platform and SRE"})
			return err
		},
		"teams delete": func(ctx context.Context, c *webex.Client) error {
			return c.Teams.Delete(ctx, teamID)
		},
		"team memberships list": func(ctx context.Context, c *webex.Client) error {
			return first(c.TeamMemberships.List(ctx, &teams.ListMembershipsParams{TeamID: teamID, Max: 100}))
		},
		"team memberships create": func(ctx context.Context, c *webex.Client) error {
			_, err := c.TeamMemberships.Create(ctx, &teams.CreateMembershipParams{TeamID: teamID, PersonEmail: "ada@example.com", IsModerator: ptr(true)})
			return err
		},
		"team memberships get": func(ctx context.Context, c *webex.Client) error {
			_, err := c.TeamMemberships.Get(ctx, membershipID)
			return err
		},
		"team memberships update": func(ctx context.Context, c *webex.Client) error {
			_, err := c.TeamMemberships.Update(ctx, membershipID, &teams.UpdateMembershipParams{IsModerator: ptr(false)})
			return err
		},
		"team memberships delete": func(ctx context.Context, c *webex.Client) error {
			return c.TeamMemberships.Delete(ctx, membershipID)
		},

		// webhooks
		"webhooks list": func(ctx context.Context, c *webex.Client) error {
			return first(c.Webhooks.List(ctx, &webhooks.ListParams{Max: 100, OwnedBy: "org"}))
		},
		"webhooks create": func(ctx context.Context, c *webex.Client) error {
			_, err := c.Webhooks.Create(ctx, &webhooks.CreateParams{
				Name: "New messages", TargetURL: "https://bot.example.com/webhooks", Resource: webhooks.ResourceMessages,
				Event: webhooks.EventCreated, Filter: "roomId=" + roomID, Secret: "s3cr3t-for-signatures",
			})
			return err
		},
		"webhooks get": func(ctx context.Context, c *webex.Client) error {
			_, err := c.Webhooks.Get(ctx, webhookID)
			return err
		},
		"webhooks update": func(ctx context.Context, c *webex.Client) error {
			_, err := c.Webhooks.Update(ctx, webhookID, &webhooks.UpdateParams{Name: "New messages", TargetURL: "https://bot.example.com/webhooks", Status: webhooks.StatusActive})
			return err
		},
		"webhooks delete": func(ctx context.Context, c *webex.Client) error {
			return c.Webhooks.Delete(ctx, webhookID)
		},

		// attachment actions
		"attachment actions create": func(ctx context.Context, c *webex.Client) error {
			_, err := c.AttachmentActions.Create(ctx, &attachments.CreateParams{Type: "submit", MessageID: messageID, Inputs: map[string]any{"decision": "approve"}})
			return err
		},
		"attachment actions get": func(ctx context.Context, c *webex.Client) error {
			_, err := c.AttachmentActions.Get(ctx, actionID)
			return err
		},

		// events
		"events list": func(ctx context.Context, c *webex.Client) error {
			return first(c.Events.List(ctx, &events.ListParams{Resource: "messages", Type: "created", ActorID: personID, From: since, To: since.Add(24 * time.Hour), Max: 100}))
		},
		"events get": func(ctx context.Context, c *webex.Client) error {
			_, err := c.Events.Get(ctx, eventID)
			return err
		},
	}
}
