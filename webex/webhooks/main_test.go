package webhooks_test

import (
	"testing"

	"github.com/gowebex/sdk/internal/testmain"
)

func TestMain(m *testing.M) { testmain.Run(m) }
