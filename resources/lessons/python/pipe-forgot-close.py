"""
Lesson 3, variant: the same program as lesson 3, except that the consumer forgets to close its copy
of the write end. It hangs for ever: the consumer's recv() waits for a message only it could still
send, and the main program waits in join() for the consumer. Stop it with Ctrl+C.
"""
from multiprocessing import Pipe, Process


def consumer(output_p, input_p):
    # forgot: input_p.close()
    while True:
        try:
            item = output_p.recv()          # after the fourth item: waits for ever, as its own input_p is still open
            print(f"consumer got {item}")
        except EOFError:
            break
    print("consumer done")


if __name__ == "__main__":
    output_p, input_p = Pipe()
    cons = Process(name="consumer", target=consumer, args=(output_p, input_p))
    cons.start()

    output_p.close()
    for item in [1, 2, 3, 4]:
        input_p.send(item)
    input_p.close()
    cons.join()                             # wait for the consumer's loop to end: it never does
    print("main done")
