package main

type Vec struct{ X, Y int }

func (v Vec) Add(w Vec) Vec { return Vec{v.X + w.X, v.Y + w.Y} }
func (v *Vec) Scale(k int) { v.X *= k; v.Y *= k }

type Body struct {
	Name string
	Pos  Vec
	Vel  *Vec
	Tags [3]string
}

type Outer struct {
	Body
	id int
}

func main() {
	v := Vec{1, 2}
	w := v.Add(Vec{Y: 5, X: 3})
	w.Scale(2)
	println(w.X, w.Y)
	b := Body{Name: "b", Pos: v, Vel: &Vec{7, 8}, Tags: [3]string{"a", "", "c"}}
	b.Vel.Scale(3)
	b.Pos.Scale(10)
	println(b.Name, b.Pos.X, b.Pos.Y, b.Vel.X, b.Vel.Y, b.Tags[0]+b.Tags[2], len(b.Tags))
	o := &Outer{Body: b, id: 9}
	o.Pos.Scale(2)
	println(o.Name, o.Pos.X, o.id, o.Vel.Add(o.Pos).Y)
	arr := [4]Vec{{1, 1}, {2, 2}}
	arr[3] = arr[1].Add(arr[0])
	sum := 0
	for _, a := range arr {
		sum += a.X*10 + a.Y
	}
	println(sum)
	p := &arr[2]
	p.X = 100
	println(arr[2].X)
	c := b
	c.Name = "c"
	println(b.Name, c.Name)
}
