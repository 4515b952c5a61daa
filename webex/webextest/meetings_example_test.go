package webextest_test

import (
	"encoding/json"
	"fmt"
	"net/http"
	"time"

	"github.com/gowebex/sdk/webex/webextest"
)

// Run a meeting from start to end, then list the recording it left.
func ExampleServer_StartMeeting() {
	srv := webextest.NewServer()
	defer srv.Close()

	host, token := srv.NewMeetingUserWithToken("hana@example.com", "Hana")
	ivy := srv.NewUser(nil, "ivy@example.com", "Ivy")
	m := srv.NewMeeting(host, webextest.MeetingSpec{Title: "Weekly sync", Start: time.Now().Add(time.Hour)})

	if err := srv.StartMeeting(m.ID, ivy); err != nil {
		fmt.Println(err)
		return
	}
	if err := srv.EndMeeting(m.ID); err != nil {
		fmt.Println(err)
		return
	}

	req, _ := http.NewRequest("GET", srv.URL()+"/recordings?meetingId="+m.ID, nil)
	req.Header.Set("Authorization", "Bearer "+token)
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		fmt.Println(err)
		return
	}
	defer res.Body.Close()
	var list struct {
		Items []struct {
			Topic  string `json:"topic"`
			Format string `json:"format"`
		} `json:"items"`
	}
	_ = json.NewDecoder(res.Body).Decode(&list)
	fmt.Println(len(list.Items), list.Items[0].Topic, list.Items[0].Format)
	// Output: 1 Weekly sync MP4
}
