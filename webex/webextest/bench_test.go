package webextest

import (
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"
	"testing"
)

// benchClient returns a client with enough idle connections for parallel
// benchmarks.
func benchClient() *http.Client {
	return &http.Client{Transport: &http.Transport{MaxIdleConns: 256, MaxIdleConnsPerHost: 256}}
}

// doBench performs one request and drains the body.
func doBench(b *testing.B, c *http.Client, req *http.Request) {
	res, err := c.Do(req)
	if err != nil {
		b.Fatal(err)
	}
	_, _ = io.Copy(io.Discard, res.Body)
	res.Body.Close()
	if res.StatusCode != 200 {
		b.Fatalf("status %d", res.StatusCode)
	}
}

func BenchmarkGetMessage(b *testing.B) {
	srv := NewServer()
	defer srv.Close()
	alice, tok := srv.NewUserWithToken("", "Alice")
	m := srv.NewMessage(alice, srv.NewRoom(alice, "R"), "hello")
	c := benchClient()
	b.ReportAllocs()
	b.ResetTimer()
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			req, _ := http.NewRequest("GET", srv.URL()+"/messages/"+m.ID, nil)
			req.Header.Set("Authorization", "Bearer "+tok)
			doBench(b, c, req)
		}
	})
}

func BenchmarkCreateMessage(b *testing.B) {
	srv := NewServer()
	defer srv.Close()
	alice, tok := srv.NewUserWithToken("", "Alice")
	room := srv.NewRoom(alice, "R")
	body := `{"roomId":"` + room.ID + `","text":"hello"}`
	c := benchClient()
	b.ReportAllocs()
	b.ResetTimer()
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			req, _ := http.NewRequest("POST", srv.URL()+"/messages", strings.NewReader(body))
			req.Header.Set("Authorization", "Bearer "+tok)
			req.Header.Set("Content-Type", "application/json")
			doBench(b, c, req)
		}
	})
}

func BenchmarkListMessagesLargeRoom(b *testing.B) {
	srv := NewServer()
	defer srv.Close()
	alice, tok := srv.NewUserWithToken("", "Alice")
	room := srv.NewRoom(alice, "R")
	for i := 0; i < 100_000; i++ {
		srv.NewMessage(alice, room, fmt.Sprint(i))
	}
	u := srv.URL() + "/messages?max=50&roomId=" + url.QueryEscape(room.ID)
	c := benchClient()
	b.ReportAllocs()
	b.ResetTimer()
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			req, _ := http.NewRequest("GET", u, nil)
			req.Header.Set("Authorization", "Bearer "+tok)
			doBench(b, c, req)
		}
	})
}
