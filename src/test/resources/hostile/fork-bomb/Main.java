public class Main {
	public static void main(String[] args) throws Exception {
		// Bounded (5 shells that fork 100 children each) so that it cannot take the host down
		// if it ever runs unchecked; still far above any sensible limit on processes.
		String script = "i=0; while [ $i -lt 100 ]; do (sleep 30; : hostile-marker) & i=$((i+1)); done; wait";
		for (int i = 0; i < 5; i++) {
			new ProcessBuilder("/bin/sh", "-c", script + "; : hostile-marker").start(); // forbidden
		}
		System.out.println("the bomb is lit");
	}
}
