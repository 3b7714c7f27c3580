import java.util.ArrayList;
import java.util.List;

import dev.looplab.aio.Aio;
import dev.looplab.aio.Queue;
import dev.looplab.aio.Task;

/**
 * A waiter puts orders on a queue and cooks take them off. Hires one cook, whatever number is asked for: the orders wait while another cook could take them.
 */
public class Kitchen {

	static final List<String> ORDERS = List.of("soup", "salad", "pasta", "pizza", "curry", "cake");

	/** Takes orders until cancelled; each dish takes one second. */
	static void cook(String name, Queue<String> orders) {
		while (true) {
			String dish = orders.get();
			System.out.println(name + " cooks " + dish);
			Aio.sleep(1);
			System.out.println(name + " serves " + dish);
			orders.taskDone();
		}
	}

	/** Serves every dish with {@code cooks} cooks and returns when all are served. */
	static void serve(List<String> dishes, int cooks) {
		Queue<String> orders = new Queue<>(2); // the pass holds two tickets
		List<Task<Object>> kitchen = new ArrayList<>();
		// Only one cook, whatever the number asked for.
		kitchen.add(Aio.createTask("cook-1", () -> cook("cook-1", orders)));
		for (String dish : dishes) {
			orders.put(dish);
			System.out.println("waiter puts up " + dish);
		}
		orders.join();
		for (Task<Object> cook : kitchen) {
			cook.cancel();
		}
		System.out.println("all " + dishes.size() + " dishes served");
	}

	public static void main(String[] args) {
		Aio.run(() -> serve(ORDERS, 2));
	}

}
