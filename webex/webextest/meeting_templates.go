package webextest

import (
	"encoding/base64"
	"strings"
)

// mtgTemplate is a meeting template of a site.
type mtgTemplate struct {
	id, name, locale, site, typ string
	isDefault, isStandard       bool
	settings                    map[string]any
}

// templateSpecs are the templates every site offers.
var templateSpecs = []struct {
	code, name, typ       string
	isDefault, isStandard bool
	settings              map[string]any
}{
	{"U-200971-MC", "Standard meeting", "meeting", true, true, map[string]any{}},
	{"U-200972-MC", "Recorded team sync", "meeting", false, false,
		map[string]any{"enabledAutoRecordMeeting": true, "enabledJoinBeforeHost": true, "joinBeforeHostMinutes": 5}},
	{"U-200973-EC", "Standard webinar", "webinar", true, true, map[string]any{"enabledWebcastView": true}},
}

// templatesFor returns the templates of site in locale.
func templatesFor(site, locale string) []*mtgTemplate {
	out := make([]*mtgTemplate, 0, len(templateSpecs))
	for _, sp := range templateSpecs {
		id := base64.RawStdEncoding.EncodeToString([]byte(site + ":" + sp.code + "-" + locale))
		out = append(out, &mtgTemplate{id: id, name: sp.name, locale: locale, site: site, typ: sp.typ,
			isDefault: sp.isDefault, isStandard: sp.isStandard, settings: sp.settings})
	}
	return out
}

// templateByID decodes a template id.
func templateByID(id string) *mtgTemplate {
	raw, err := base64.RawStdEncoding.DecodeString(strings.TrimRight(id, "="))
	if err != nil {
		return nil
	}
	site, rest, ok := strings.Cut(string(raw), ":")
	if !ok || len(rest) < 12 {
		return nil
	}
	locale := rest[12:]
	for _, t := range templatesFor(site, locale) {
		if t.id == id || t.id == strings.TrimRight(id, "=") {
			return t
		}
	}
	return nil
}

// templateJSON is the Webex meeting template representation.
type templateJSON struct {
	ID           string         `json:"id"`
	Name         string         `json:"name"`
	Locale       string         `json:"locale"`
	SiteURL      string         `json:"siteUrl"`
	TemplateType string         `json:"templateType"`
	IsDefault    bool           `json:"isDefault"`
	IsStandard   bool           `json:"isStandard"`
	Meeting      map[string]any `json:"meeting,omitempty"`
}

// render builds the JSON view of t; detailed adds its meeting settings.
func (t *mtgTemplate) render(detailed bool) templateJSON {
	v := templateJSON{ID: t.id, Name: t.name, Locale: t.locale, SiteURL: t.site,
		TemplateType: t.typ, IsDefault: t.isDefault, IsStandard: t.isStandard}
	if detailed {
		v.Meeting = map[string]any{"title": t.name, "timezone": "UTC", "scheduledType": t.typ}
		for k, d := range meetingDefaults {
			v.Meeting[k] = d
		}
		for k, d := range t.settings {
			v.Meeting[k] = d
		}
	}
	return v
}

// listMeetingTemplates serves GET /meetings/templates.
func (s *Server) listMeetingTemplates(c *reqCtx) {
	actor := s.actAs(c, c.query("hostEmail"), scopeMtgRead, scopeMtgAdminRead)
	if actor == nil {
		return
	}
	isDefault, defSet, ok := c.boolQuery("isDefault")
	if !ok {
		return
	}
	isStandard, stdSet, ok := c.boolQuery("isStandard")
	if !ok {
		return
	}
	typ, locale, site := c.query("templateType"), c.query("locale"), c.query("siteUrl")
	if typ != "" && typ != "meeting" && typ != "webinar" {
		c.fail(400, "Invalid templateType %q.", typ)
		return
	}
	if locale == "" {
		locale = "en_US"
	}
	s.mu.RLock()
	own := siteFor(actor.org)
	s.mu.RUnlock()
	items := []templateJSON{}
	if site == "" || site == own {
		for _, t := range templatesFor(own, locale) {
			if (typ == "" || t.typ == typ) && (!defSet || t.isDefault == isDefault) && (!stdSet || t.isStandard == isStandard) {
				items = append(items, t.render(false))
			}
		}
	}
	okList(c, items)
}

// getMeetingTemplate serves GET /meetings/templates/{id}.
func (s *Server) getMeetingTemplate(c *reqCtx) {
	actor := s.actAs(c, c.query("hostEmail"), scopeMtgRead, scopeMtgAdminRead)
	if actor == nil {
		return
	}
	s.mu.RLock()
	own := siteFor(actor.org)
	s.mu.RUnlock()
	t := templateByID(c.params[0])
	if t == nil || t.site != own {
		c.failErr(errNotFound())
		return
	}
	c.ok(t.render(true))
}
