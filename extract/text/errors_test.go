package text_test

import "errors"

// asError and isKind name errors.As and errors.Is for the error tests.
func asError(err error, target any) bool { return errors.As(err, target) }

func isKind(err, kind error) bool { return errors.Is(err, kind) }
