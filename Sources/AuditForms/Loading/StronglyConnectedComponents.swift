/// Tarjan's strongly-connected-components algorithm over a small graph given as adjacency
/// lists, used to find circular `showIf` conditions.
enum StronglyConnectedComponents {
  /// The components of the graph; every node is in exactly one.
  ///
  /// - Complexity: O(V + E).
  static func find(edges: [[Int]]) -> [[Int]] {
    var state = State(count: edges.count)
    for node in edges.indices where state.index[node] == nil {
      connect(node, edges: edges, state: &state)
    }
    return state.components
  }

  /// A shortest cycle from `start` back to itself, staying inside `members`, as a list of
  /// nodes beginning and ending with `start`.
  ///
  /// - Complexity: O(V + E).
  static func cycle(through start: Int, edges: [[Int]], within members: Set<Int>) -> [Int] {
    var previous: [Int: Int] = [:]
    var queue = [start]
    var head = 0
    while head < queue.count {
      let node = queue[head]
      head += 1
      for next in edges[node] where members.contains(next) {
        if next == start {
          var path = [start]
          var cursor = node
          while cursor != start {
            path.append(cursor)
            cursor = previous[cursor] ?? start
          }
          path.append(start)
          return path.reversed()
        }
        if previous[next] == nil, next != start {
          previous[next] = node
          queue.append(next)
        }
      }
    }
    return [start]
  }

  private struct State {
    var counter = 0
    var index: [Int?]
    var lowLink: [Int]
    var onStack: [Bool]
    var stack: [Int] = []
    var components: [[Int]] = []

    init(count: Int) {
      index = Array(repeating: nil, count: count)
      lowLink = Array(repeating: 0, count: count)
      onStack = Array(repeating: false, count: count)
    }
  }

  private static func connect(_ node: Int, edges: [[Int]], state: inout State) {
    state.index[node] = state.counter
    state.lowLink[node] = state.counter
    state.counter += 1
    state.stack.append(node)
    state.onStack[node] = true
    for next in edges[node] {
      if let nextIndex = state.index[next] {
        if state.onStack[next] { state.lowLink[node] = min(state.lowLink[node], nextIndex) }
      } else {
        connect(next, edges: edges, state: &state)
        state.lowLink[node] = min(state.lowLink[node], state.lowLink[next])
      }
    }
    if state.lowLink[node] == state.index[node] {
      var component: [Int] = []
      while let member = state.stack.popLast() {
        state.onStack[member] = false
        component.append(member)
        if member == node { break }
      }
      state.components.append(component.sorted())
    }
  }
}
