package webextest

import (
	"html/template"
	"net/http"
	"net/url"
	"strings"
)

// consentPage is the emulator's stand-in for Webex's sign-in and consent
// page: an email field and Accept or Decline, which send the request back
// to /v1/authorize with ConsentParam set.
var consentPage = template.Must(template.New("consent").Parse(`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Webex emulator: sign in</title></head>
<body>
<h1>Webex emulator</h1>
<p>The integration <b>{{.Client}}</b> asks for:</p>
<ul>{{range .Scopes}}<li><code>{{.}}</code></li>{{end}}</ul>
<form method="get" action="authorize">
{{range $k, $vs := .Query}}{{range $vs}}<input type="hidden" name="{{$k}}" value="{{.}}">{{end}}{{end}}
<label>Sign in as (email of a person in the emulator) <input type="email" name="{{.Param}}" required></label>
<button type="submit" name="decision" value="accept">Accept</button>
<button type="submit" name="decision" value="deny">Decline</button>
</form>
</body></html>
`))

// writeConsentPage serves the consent page for the authorization request q.
func writeConsentPage(c *reqCtx, q url.Values) {
	keep := url.Values{}
	for k, v := range q {
		if k != ConsentParam && k != "decision" {
			keep[k] = v
		}
	}
	c.w.Header().Set("Content-Type", "text/html; charset=utf-8")
	c.w.WriteHeader(http.StatusOK)
	_ = consentPage.Execute(c.w, map[string]any{
		"Client": q.Get("client_id"), "Scopes": strings.Fields(q.Get("scope")),
		"Query": keep, "Param": ConsentParam,
	})
}
