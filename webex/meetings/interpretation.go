package meetings

// SimultaneousInterpretation is a meeting's interpretation channels as
// Webex returns them. To set them, use [InterpretationParams].
type SimultaneousInterpretation struct {
	Enabled      bool          `json:"enabled"`
	Interpreters []Interpreter `json:"interpreters,omitempty"`
}

// Interpreter interprets between two languages (ISO 639-1 codes).
type Interpreter struct {
	// ID identifies the interpreter; Webex assigns it.
	ID            string `json:"id,omitempty"`
	LanguageCode1 string `json:"languageCode1"`
	LanguageCode2 string `json:"languageCode2"`
	Email         string `json:"email,omitempty"`
	DisplayName   string `json:"displayName,omitempty"`
}

// InterpretationParams are the interpretation channels a meeting is
// created with ([CreateParams.SimultaneousInterpretation]).
type InterpretationParams struct {
	Enabled      bool                `json:"enabled"`
	Interpreters []InterpreterParams `json:"interpreters,omitempty"`
}

// InterpreterParams is an interpreter of a new meeting: no id, Webex
// assigns it.
type InterpreterParams struct {
	LanguageCode1 string `json:"languageCode1"`
	LanguageCode2 string `json:"languageCode2"`
	Email         string `json:"email,omitempty"`
	DisplayName   string `json:"displayName,omitempty"`
}
