package realtime

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"

	"github.com/gowebex/sdk/webex/api"
)

// maxBody bounds the answers of the catalog, device and lookup calls.
const maxBody = 4 << 20

// services makes the listener's calls to the catalog, the device service
// and the conversation service: each URL is checked against the trust rule
// before the token is attached.
type services struct {
	hc    *http.Client
	trust trust
	token func() (string, error)
}

// call sends method to raw with the token and decodes a JSON answer into
// out (when not nil). A non-2xx answer is an *api.Error.
func (s *services) call(ctx context.Context, method, raw string, in, out any) error {
	u, err := s.trust.check(raw)
	if err != nil {
		return err
	}
	var body io.Reader
	if in != nil {
		b, err := json.Marshal(in)
		if err != nil {
			return err
		}
		body = bytes.NewReader(b)
	}
	req, err := http.NewRequestWithContext(ctx, method, u.String(), body)
	if err != nil {
		return err
	}
	tok, err := s.token()
	if err != nil {
		return err
	}
	req.Header.Set("Authorization", "Bearer "+tok)
	req.Header.Set("Accept", "application/json")
	if in != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	res, err := s.hc.Do(req)
	if err != nil {
		return err
	}
	defer res.Body.Close()
	b, err := io.ReadAll(io.LimitReader(res.Body, maxBody))
	if err != nil {
		return err
	}
	if res.StatusCode < 200 || res.StatusCode > 299 {
		e := &api.Error{StatusCode: res.StatusCode, Method: method, Path: u.Path,
			TrackingID: res.Header.Get("TrackingID")}
		var wb struct {
			Message string `json:"message"`
		}
		if json.Unmarshal(b, &wb) == nil {
			e.Message = wb.Message
		}
		return e
	}
	if out == nil || len(b) == 0 {
		return nil
	}
	if err := json.Unmarshal(b, out); err != nil {
		return fmt.Errorf("realtime: %s %s: %w: %v", method, u.Path, errGarbage, err)
	}
	return nil
}

// catalog is what the listener needs from the service catalog.
type catalog struct {
	wdm          string // the device service base
	conversation string // the conversation service base (optional)
}

// discover reads the catalog at raw.
func (s *services) discover(ctx context.Context, raw string) (catalog, error) {
	var v struct {
		ServiceLinks map[string]string `json:"serviceLinks"`
	}
	if err := s.call(ctx, http.MethodGet, raw, nil, &v); err != nil {
		return catalog{}, fmt.Errorf("realtime: catalog: %w", err)
	}
	c := catalog{wdm: strings.TrimSuffix(v.ServiceLinks["wdm"], "/"),
		conversation: strings.TrimSuffix(v.ServiceLinks["conversation"], "/")}
	if c.wdm == "" {
		return c, fmt.Errorf("realtime: the catalog names no device service (wdm)")
	}
	if _, err := s.trust.check(c.wdm); err != nil {
		return c, fmt.Errorf("realtime: catalog: device service: %w", err)
	}
	return c, nil
}

// device is a registered device, as the device service describes it.
type device struct {
	URL          string `json:"url"`
	WebSocketURL string `json:"webSocketUrl"`
	Name         string `json:"name"`
}

// findDevice returns the device named name, or nil.
func (s *services) findDevice(ctx context.Context, wdm, name string) (*device, error) {
	var v struct {
		Devices []device `json:"devices"`
	}
	if err := s.call(ctx, http.MethodGet, wdm+"/devices", nil, &v); err != nil {
		return nil, fmt.Errorf("realtime: listing devices: %w", err)
	}
	for i := range v.Devices {
		if v.Devices[i].Name == name && v.Devices[i].URL != "" && v.Devices[i].WebSocketURL != "" {
			return &v.Devices[i], nil
		}
	}
	return nil, nil
}

// registerDevice registers a device named name.
func (s *services) registerDevice(ctx context.Context, wdm, name string) (*device, error) {
	in := map[string]string{"deviceName": name, "deviceType": "DESKTOP", "localizedModel": "gowebex",
		"model": "gowebex", "name": name, "systemName": "gowebex-sdk", "systemVersion": "1"}
	var d device
	if err := s.call(ctx, http.MethodPost, wdm+"/devices", in, &d); err != nil {
		return nil, fmt.Errorf("realtime: registering a device: %w", err)
	}
	if d.URL == "" || d.WebSocketURL == "" {
		return nil, fmt.Errorf("realtime: the registered device has no url or webSocketUrl")
	}
	return &d, nil
}

// deleteDevice removes d.
func (s *services) deleteDevice(ctx context.Context, d *device) error {
	if err := s.call(ctx, http.MethodDelete, d.URL, nil, nil); err != nil {
		return fmt.Errorf("realtime: deleting the device: %w", err)
	}
	return nil
}

// lookup resolves the uuid of an object of kind ("messages",
// "attachment/actions", "rooms", "people") to its REST id through the
// conversation service named by the activity's target URL: the open
// clients replace conversations/{uuid} in it with {kind}/{uuid}.
func (s *services) lookup(ctx context.Context, targetURL, kind, uuid string) (string, error) {
	i := strings.LastIndex(targetURL, "/conversations/")
	if i < 0 || uuid == "" || strings.ContainsAny(uuid, "/?#%") {
		return "", fmt.Errorf("realtime: cannot look up %s %q from target %q: %w", kind, uuid, targetURL, errGarbage)
	}
	raw := targetURL[:i] + "/" + kind + "/" + url.PathEscape(uuid)
	var v struct {
		ID string `json:"id"`
	}
	if err := s.call(ctx, http.MethodGet, raw, nil, &v); err != nil {
		return "", err
	}
	if v.ID == "" || strings.ContainsAny(v.ID, "/?#% ") {
		return "", fmt.Errorf("realtime: lookup of %s %s: %w", kind, uuid, errGarbage)
	}
	return v.ID, nil
}
