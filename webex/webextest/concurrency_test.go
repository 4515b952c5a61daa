package webextest

import (
	"fmt"
	"net/url"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestConcurrentMixedTraffic(t *testing.T) {
	t.Parallel()
	srv := newTestServer(t)
	admin := srv.NewAdmin(nil, "admin@example.com", "Admin")
	atok := srv.NewToken(admin, "spark:all", "spark-admin:people_write")
	co := srv.NewComplianceOfficer(nil, "co@example.com", "CO")
	cotok := srv.NewToken(co, "spark-compliance:events_read")
	room := srv.NewRoom(admin, "Busy")
	rc := newReceiver(t, 200)
	call(t, srv, atok, "POST", "/webhooks", map[string]any{"name": "h", "targetUrl": rc.srv.URL, "resource": "all", "event": "all"})
	var wg sync.WaitGroup
	for w := 0; w < 8; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := 0; i < 25; i++ {
				switch i % 5 {
				case 0:
					call(t, srv, atok, "POST", "/messages", map[string]any{"roomId": room.ID, "text": fmt.Sprint(w, i)})
				case 1:
					call(t, srv, atok, "GET", "/messages?roomId="+url.QueryEscape(room.ID)+"&max=5", nil)
				case 2:
					p := call(t, srv, atok, "POST", "/people", map[string]any{"emails": []string{fmt.Sprintf("p%d-%d@example.com", w, i)}, "displayName": "P"})
					call(t, srv, atok, "POST", "/memberships", map[string]any{"roomId": room.ID, "personId": p.str("id")})
				case 3:
					call(t, srv, cotok, "GET", "/events?max=10", nil)
				case 4:
					call(t, srv, atok, "PUT", "/people/"+admin.ID, map[string]any{"displayName": "Admin " + fmt.Sprint(i)})
				}
			}
		}(w)
	}
	wg.Wait()
	srv.Flush()
	assert.NotEmpty(t, rc.events(t))
}
