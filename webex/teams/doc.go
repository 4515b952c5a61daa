// Package teams manages Webex teams, groups of spaces with shared
// membership, and team memberships, the people in a team.
//
// Use it through a client: client.Teams.Create(ctx, …) and
// client.TeamMemberships.Create(ctx, …). See
// https://developer.webex.com/docs/api/v1/teams and
// https://developer.webex.com/docs/api/v1/team-memberships.
//
// # Scopes
//
// Teams need spark:teams_read to list and read and spark:teams_write to
// create, rename and delete; team memberships need
// spark:team_memberships_read and spark:team_memberships_write.
//
// # Paging
//
// [Service.List] and [MembershipService.List] return iterators over every
// item that fetch the next page as you range; the ListPage methods return one
// page and the NextURL to resume from.
//
// # Example
//
//	team, err := client.Teams.Create(ctx, &teams.CreateParams{Name: "Platform"})
//
// Every Example of the package runs against the in-memory emulator
// (webex/webextest) and is checked by go test.
package teams
