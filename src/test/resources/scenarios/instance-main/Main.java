void main() {
	IO.println("compact source, instance main");
}
