package main

import (
	"bytes"
	"encoding/binary"
	"unicode/utf16"
)

// oleEntry is a stream (data) or a storage (storage) of a compound file.
type oleEntry struct {
	name    string
	data    []byte
	storage []oleEntry
}

// oleFile writes a version 3 compound file (MS-CFB): 512-byte sectors, one
// FAT sector, the directory, then each stream's data padded to 4,096 bytes
// so that it lives in regular sectors. Siblings are chained through their
// right links; the reader under test only walks the directory.
func oleFile(root []oleEntry) []byte {
	const sector = 512
	type dirEntry struct {
		name          string
		typ           byte
		left, right   uint32
		child, start  uint32
		size          uint32
		data          []byte
		isStream      bool
		firstChildIdx int
	}
	const none = 0xFFFFFFFF
	entries := []dirEntry{{name: "Root Entry", typ: 5, left: none, right: none, child: none, start: 0xFFFFFFFE}}
	var add func(parent int, kids []oleEntry)
	add = func(parent int, kids []oleEntry) {
		prev := -1
		for _, k := range kids {
			i := len(entries)
			e := dirEntry{name: k.name, typ: 1, left: none, right: none, child: none, start: 0}
			if k.storage == nil {
				e.typ, e.data = 2, k.data
				for len(e.data) < 4096 {
					e.data = append(e.data, k.data...)
				}
			}
			entries = append(entries, e)
			if prev < 0 {
				entries[parent].child = uint32(i)
			} else {
				entries[prev].right = uint32(i)
			}
			prev = i
			if k.storage != nil {
				add(i, k.storage)
			}
		}
	}
	add(0, root)
	dirSectors := (len(entries)*128 + sector - 1) / sector
	fat := []uint32{0xFFFFFFFD} // sector 0: the FAT
	for i := 0; i < dirSectors; i++ {
		next := uint32(len(fat) + 1)
		if i == dirSectors-1 {
			next = 0xFFFFFFFE
		}
		fat = append(fat, next)
	}
	var data bytes.Buffer
	for i := range entries {
		if entries[i].typ != 2 {
			continue
		}
		n := (len(entries[i].data) + sector - 1) / sector
		entries[i].start, entries[i].size = uint32(len(fat)), uint32(len(entries[i].data))
		for j := 0; j < n; j++ {
			next := uint32(len(fat) + 1)
			if j == n-1 {
				next = 0xFFFFFFFE
			}
			fat = append(fat, next)
		}
		padded := make([]byte, n*sector)
		copy(padded, entries[i].data)
		data.Write(padded)
	}
	le := binary.LittleEndian
	out := make([]byte, sector)
	copy(out, []byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1})
	le.PutUint16(out[0x18:], 0x3E)
	le.PutUint16(out[0x1A:], 3)
	le.PutUint16(out[0x1C:], 0xFFFE)
	le.PutUint16(out[0x1E:], 9)
	le.PutUint16(out[0x20:], 6)
	le.PutUint32(out[0x2C:], 1)
	le.PutUint32(out[0x30:], 1)
	le.PutUint32(out[0x38:], 4096)
	le.PutUint32(out[0x3C:], 0xFFFFFFFE)
	le.PutUint32(out[0x44:], 0xFFFFFFFE)
	for i := 0; i < 109; i++ {
		le.PutUint32(out[0x4C+4*i:], none)
	}
	le.PutUint32(out[0x4C:], 0)
	fatSector := make([]byte, sector)
	for i := range sector / 4 {
		v := uint32(none)
		if i < len(fat) {
			v = fat[i]
		}
		le.PutUint32(fatSector[4*i:], v)
	}
	out = append(out, fatSector...)
	dir := make([]byte, dirSectors*sector)
	for i, e := range entries {
		b := dir[i*128 : i*128+128]
		u := utf16.Encode([]rune(e.name))
		for j, c := range u {
			le.PutUint16(b[2*j:], c)
		}
		le.PutUint16(b[0x40:], uint16(2*len(u)+2))
		b[0x42], b[0x43] = e.typ, 1
		le.PutUint32(b[0x44:], e.left)
		le.PutUint32(b[0x48:], e.right)
		le.PutUint32(b[0x4C:], e.child)
		le.PutUint32(b[0x74:], e.start)
		le.PutUint32(b[0x78:], e.size)
	}
	for i := len(entries); i < dirSectors*4; i++ { // unused entries
		b := dir[i*128 : i*128+128]
		le.PutUint32(b[0x44:], none)
		le.PutUint32(b[0x48:], none)
		le.PutUint32(b[0x4C:], none)
	}
	out = append(out, dir...)
	return append(out, data.Bytes()...)
}
