package webextest_test

import (
	"fmt"
	"io"
	"net/http"
	"strings"
	"time"

	"github.com/gowebex/sdk/webex/webextest"
)

// Seed a space, then post a message over plain HTTP.
func Example() {
	srv := webextest.NewServer()
	defer srv.Close()

	alice := srv.NewUser(nil, "alice@example.com", "Alice")
	bob := srv.NewUser(nil, "bob@example.com", "Bob")
	room := srv.NewRoom(alice, "Project", bob)
	token := srv.NewToken(alice, "spark:messages_write")

	req, _ := http.NewRequest("POST", srv.URL()+"/messages",
		strings.NewReader(`{"roomId":"`+room.ID+`","text":"hello"}`))
	req.Header.Set("Authorization", "Bearer "+token)
	req.Header.Set("Content-Type", "application/json")
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		panic(err)
	}
	defer res.Body.Close()
	_, _ = io.Copy(io.Discard, res.Body)
	fmt.Println(res.StatusCode)
	// Output: 200
}

// Make the second POST /messages fail with a 429 and a Retry-After.
func ExampleServer_InjectFault() {
	srv := webextest.NewServer()
	defer srv.Close()
	remove := srv.InjectFault("POST /messages", webextest.Fault{
		Status: http.StatusTooManyRequests, RetryAfter: 2 * time.Second, Nth: 2,
	})
	defer remove()
	fmt.Println("fault installed")
	// Output: fault installed
}
