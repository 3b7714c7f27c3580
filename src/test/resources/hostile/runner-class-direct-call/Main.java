// Could end two ways: COMPILE_ERROR if the compiler cannot see the runner's classes,
// REJECTED if it can. The runner jar also carries the learner runtime that programs
// compile against, so its classes are visible to javac and the bytecode check must
// refuse them: REJECTED.
public class Main {
	public static void main(String[] args) throws Exception {
		dev.looplab.runner.RunnerMain.main(new String[0]); // forbidden
	}
}
