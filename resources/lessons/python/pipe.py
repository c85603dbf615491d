"""
Lesson 3: a pipe. After start() the child holds copies of both ends, so there are four handles.
Each side closes the end it does not use; the consumer sees end-of-file only when every write
handle, in every process, is closed.
"""
from multiprocessing import Pipe, Process


def consumer(output_p, input_p):
    input_p.close()                   # the consumer never writes: close its copy of the write end
    while True:
        try:
            item = output_p.recv()
            print(f"consumer got {item}")
        except EOFError:
            break                     # every write handle is closed: no more items can come
    print("consumer done")


def producer(sequence, input_p):
    for item in sequence:
        input_p.send(item)


if __name__ == "__main__":
    output_p, input_p = Pipe()
    cons = Process(name="consumer", target=consumer, args=(output_p, input_p))
    cons.start()                      # now the consumer holds copies of both ends too

    output_p.close()                  # the main program never reads: close its read end
    producer([1, 2, 3, 4], input_p)
    input_p.close()                   # done writing
    cons.join()
    print("main done")
