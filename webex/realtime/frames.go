package realtime

import (
	"encoding/json"
	"errors"
)

// errGarbage marks an answer or a frame that cannot be used and will not
// improve if asked again: the event is logged, skipped and acknowledged.
var errGarbage = errors.New("unusable answer")

// envelope is one frame from the websocket.
type envelope struct {
	ID             string       `json:"id"`
	Type           string       `json:"type"` // "pong" for the answer to a ping
	Data           envelopeData `json:"data"`
	TrackingID     string       `json:"trackingId"`
	SequenceNumber int64        `json:"sequenceNumber"`
}

// envelopeData is an envelope's data.
type envelopeData struct {
	EventType string    `json:"eventType"`
	Activity  *activity `json:"activity"`
}

// activity is a conversation activity.
type activity struct {
	ID        string         `json:"id"`
	Verb      string         `json:"verb"`
	Actor     activityPerson `json:"actor"`
	Object    activityObject `json:"object"`
	Target    activityTarget `json:"target"`
	Published string         `json:"published"`
}

// activityPerson is an activity's actor, or the object of add and leave.
type activityPerson struct {
	ID           string `json:"id"`
	EmailAddress string `json:"emailAddress"`
	DisplayName  string `json:"displayName"`
}

// activityObject is what an activity acts on.
type activityObject struct {
	ID           string `json:"id"`
	ObjectType   string `json:"objectType"`
	EmailAddress string `json:"emailAddress"`
	DisplayName  string `json:"displayName"`
	Files        struct {
		Items []struct {
			MalwareQuarantineState string `json:"malwareQuarantineState"`
		} `json:"items"`
	} `json:"files"`
}

// activityTarget is the conversation of an activity.
type activityTarget struct {
	ID         string `json:"id"`
	URL        string `json:"url"`
	ObjectType string `json:"objectType"`
}

// outFrame is a frame the listener sends: authorization, ping or ack.
type outFrame struct {
	ID        string         `json:"id,omitempty"`
	Type      string         `json:"type"`
	MessageID string         `json:"messageId,omitempty"`
	Data      map[string]any `json:"data,omitempty"`
}

// parseFrame decodes one frame; a frame that is not a JSON object is
// errGarbage.
func parseFrame(b []byte) (*envelope, error) {
	var e envelope
	if err := json.Unmarshal(b, &e); err != nil {
		return nil, errGarbage
	}
	return &e, nil
}
