// getProperties is not named in the list of forbidden System methods, but it hands out
// the live Properties object, through which setProperty's effect is one call away and
// every host path (user.dir, java.class.path, user.home) is readable: REJECTED.
public class Main {
	public static void main(String[] args) {
		System.getProperties().forEach((name, value) -> System.out.println(name + "=" + value)); // forbidden
	}
}
