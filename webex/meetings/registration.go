package meetings

// Registration is a meeting's registration form as Webex returns it:
// invitees register before they can join. To set one, use
// [RegistrationParams].
type Registration struct {
	AutoAcceptRequest    *bool `json:"autoAcceptRequest,omitempty"`
	RequireFirstName     *bool `json:"requireFirstName,omitempty"`
	RequireLastName      *bool `json:"requireLastName,omitempty"`
	RequireEmail         *bool `json:"requireEmail,omitempty"`
	RequireJobTitle      *bool `json:"requireJobTitle,omitempty"`
	RequireCompanyName   *bool `json:"requireCompanyName,omitempty"`
	RequireAddress1      *bool `json:"requireAddress1,omitempty"`
	RequireAddress2      *bool `json:"requireAddress2,omitempty"`
	RequireCity          *bool `json:"requireCity,omitempty"`
	RequireState         *bool `json:"requireState,omitempty"`
	RequireZipCode       *bool `json:"requireZipCode,omitempty"`
	RequireCountryRegion *bool `json:"requireCountryRegion,omitempty"`
	RequireWorkPhone     *bool `json:"requireWorkPhone,omitempty"`
	RequireFax           *bool `json:"requireFax,omitempty"`
	// EnabledRegistrationID reports whether registrants get a
	// registration ID to join a webinar with (see JoinParams.RegistrationID).
	EnabledRegistrationID *bool `json:"enabledRegistrationId,omitempty"`
	// MaxRegisterNum caps the number of registrations.
	MaxRegisterNum      int                    `json:"maxRegisterNum,omitempty"`
	CustomizedQuestions []RegistrationQuestion `json:"customizedQuestions,omitempty"`
	// Rules approve or reject registrations by their standard answers.
	Rules []RegistrationRule `json:"rules,omitempty"`
}

// RegistrationQuestion is a custom question of a registration form, as
// Webex returns it.
type RegistrationQuestion struct {
	// ID identifies the question; registrants' answers name it.
	ID       string `json:"id,omitempty"`
	Question string `json:"question"`
	Required *bool  `json:"required,omitempty"`
	// Type is one of the QuestionType constants.
	Type QuestionType `json:"type"`
	// MaxLength (0 to 999) applies to the text box types.
	MaxLength int `json:"maxLength,omitempty"`
	// Options are the choices of checkbox, dropdownList and radioButtons.
	Options []QuestionOption   `json:"options,omitempty"`
	Rules   []RegistrationRule `json:"rules,omitempty"`
}

// QuestionType is the kind of answer a custom registration question takes.
type QuestionType string

// Question types.
const (
	QuestionSingleLineTextBox QuestionType = "singleLineTextBox"
	QuestionMultiLineTextBox  QuestionType = "multiLineTextBox"
	QuestionCheckbox          QuestionType = "checkbox"
	QuestionDropdownList      QuestionType = "dropdownList"
	QuestionRadioButtons      QuestionType = "radioButtons"
)

// QuestionOption is one choice of a registration question, as Webex
// returns it.
type QuestionOption struct {
	// ID identifies the choice; registrants' answers name it.
	ID    string `json:"id,omitempty"`
	Value string `json:"value"`
}

// RegistrationRule approves or rejects a registration by an answer. The
// same type serves the rules of standard questions in requests.
type RegistrationRule struct {
	// Question names the standard question (lastName, email, jobTitle,
	// ...); it is empty in the rules of a custom question.
	Question string `json:"question,omitempty"`
	// Condition is contains, notContains, beginsWith, endsWith, equals or
	// notEquals.
	Condition string `json:"condition"`
	Value     string `json:"value"`
	// Result is "approve" or "reject".
	Result    string `json:"result"`
	MatchCase *bool  `json:"matchCase,omitempty"`
	// Order ranks the standard questions' rules together with the custom
	// ones.
	Order int `json:"order,omitempty"`
}

// RegistrationParams is the registration form a meeting is created with
// ([CreateParams.Registration]). Webex requires RequireFirstName,
// RequireLastName and RequireEmail to be true. It carries only what a
// request may: no question or option ids.
type RegistrationParams struct {
	AutoAcceptRequest    *bool `json:"autoAcceptRequest,omitempty"`
	RequireFirstName     *bool `json:"requireFirstName,omitempty"`
	RequireLastName      *bool `json:"requireLastName,omitempty"`
	RequireEmail         *bool `json:"requireEmail,omitempty"`
	RequireJobTitle      *bool `json:"requireJobTitle,omitempty"`
	RequireCompanyName   *bool `json:"requireCompanyName,omitempty"`
	RequireAddress1      *bool `json:"requireAddress1,omitempty"`
	RequireAddress2      *bool `json:"requireAddress2,omitempty"`
	RequireCity          *bool `json:"requireCity,omitempty"`
	RequireState         *bool `json:"requireState,omitempty"`
	RequireZipCode       *bool `json:"requireZipCode,omitempty"`
	RequireCountryRegion *bool `json:"requireCountryRegion,omitempty"`
	RequireWorkPhone     *bool `json:"requireWorkPhone,omitempty"`
	RequireFax           *bool `json:"requireFax,omitempty"`
	// MaxRegisterNum caps the number of registrations.
	MaxRegisterNum      int              `json:"maxRegisterNum,omitempty"`
	CustomizedQuestions []QuestionParams `json:"customizedQuestions,omitempty"`
	// Rules approve or reject registrations by their standard answers;
	// each names its Question and may give an Order.
	Rules []RegistrationRule `json:"rules,omitempty"`
}

// QuestionParams is a custom question of a new registration form.
type QuestionParams struct {
	Question string       `json:"question"`
	Required *bool        `json:"required,omitempty"`
	Type     QuestionType `json:"type"`
	// MaxLength (0 to 999) applies to the text box types.
	MaxLength int `json:"maxLength,omitempty"`
	// Options are the choices of checkbox, dropdownList and radioButtons.
	Options []OptionParams `json:"options,omitempty"`
	// Rules approve or reject by this question's answer.
	Rules []QuestionRule `json:"rules,omitempty"`
}

// OptionParams is one choice of a new custom question.
type OptionParams struct {
	Value string `json:"value"`
}

// QuestionRule approves or rejects a registration by the answer to a
// custom question. Unlike a [RegistrationRule] it names no question: it
// belongs to the question that holds it.
type QuestionRule struct {
	// Condition is contains, notContains, beginsWith, endsWith, equals or
	// notEquals.
	Condition string `json:"condition"`
	Value     string `json:"value"`
	// Result is "approve" or "reject".
	Result    string `json:"result"`
	MatchCase *bool  `json:"matchCase,omitempty"`
}
