package schema

import "bytes"

// jsNode is one JSON Schema object, with the keywords jixiao uses, in the
// order they are printed.
type jsNode struct {
	Schema               string             `json:"$schema,omitempty"`
	ID                   string             `json:"$id,omitempty"`
	Title                string             `json:"title,omitempty"`
	Description          string             `json:"description,omitempty"`
	Ref                  string             `json:"$ref,omitempty"`
	Type                 any                `json:"type,omitempty"`
	Const                string             `json:"const,omitempty"`
	Enum                 []string           `json:"enum,omitempty"`
	AnyOf                []*jsNode          `json:"anyOf,omitempty"`
	OneOf                []*jsNode          `json:"oneOf,omitempty"`
	Items                *jsNode            `json:"items,omitempty"`
	AdditionalProperties *jsNode            `json:"additionalProperties,omitempty"`
	Properties           *jsProps           `json:"properties,omitempty"`
	Required             []string           `json:"required,omitempty"`
	Defs                 map[string]*jsNode `json:"$defs,omitempty"`
}

// jsProps are the properties of an object schema in declaration order
// (a Go map would print them sorted).
type jsProps struct {
	names []string
	nodes []*jsNode
}

// add appends a property.
func (p *jsProps) add(name string, n *jsNode) {
	p.names = append(p.names, name)
	p.nodes = append(p.nodes, n)
}

// MarshalJSON writes the properties as one object, in order.
func (p *jsProps) MarshalJSON() ([]byte, error) {
	var b bytes.Buffer
	b.WriteByte('{')
	for i, name := range p.names {
		if i > 0 {
			b.WriteByte(',')
		}
		k, err := marshal(name, false)
		if err != nil {
			return nil, err
		}
		v, err := marshal(p.nodes[i], false)
		if err != nil {
			return nil, err
		}
		b.Write(bytes.TrimSuffix(k, []byte("\n")))
		b.WriteByte(':')
		b.Write(bytes.TrimSuffix(v, []byte("\n")))
	}
	b.WriteByte('}')
	return b.Bytes(), nil
}
