package sqlite

import "testing"

// TestToFen compares conversions to 分 whole.
func TestToFen(t *testing.T) {
	tests := []struct {
		in   string
		fen  int64
		ok   bool
		name string
	}{
		{"2677800", 267780000, true, "whole yuan"},
		{"0.5", 50, true, "half yuan"},
		{"-12.34", -1234, true, "negative"},
		{"1.230", 123, true, "trailing zero"},
		{"0.125", 0, false, "fraction of a fen"},
		{"", 0, false, "empty"},
		{"1e5", 0, false, "not a decimal"},
		{"99999999999999999999", 0, false, "overflow"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			fen, ok := toFen(tc.in)
			if fen != tc.fen || ok != tc.ok {
				t.Errorf("toFen(%q) = %d, %v; want %d, %v", tc.in, fen, ok, tc.fen, tc.ok)
			}
		})
	}
}
