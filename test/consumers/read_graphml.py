"""Reads a GraphML export with networkx, as a researcher would, and prints what it found as JSON:
nodes per kind, edges per type, the graph's attributes, and the Python type of each node
attribute (to check that ints and booleans come back typed). Usage: python3 read_graphml.py FILE"""
import collections
import json
import sys

import networkx as nx

graph = nx.read_graphml(sys.argv[1])
kinds = collections.Counter(data.get("kind") for _, data in graph.nodes(data=True))
types = collections.Counter(data.get("type") for _, _, data in graph.edges(data=True))
attribute_types = {}
for _, data in graph.nodes(data=True):
    for key, value in data.items():
        attribute_types.setdefault(key, set()).add(type(value).__name__)
print(json.dumps({
    "directed": graph.is_directed(),
    "multigraph": graph.is_multigraph(),
    "nodes": graph.number_of_nodes(),
    "edges": graph.number_of_edges(),
    "kinds": kinds,
    "edgeTypes": types,
    "graph": graph.graph,
    "attributeTypes": {key: sorted(value) for key, value in attribute_types.items()},
    "sample": {node: data for node, data in graph.nodes(data=True) if node in ("TSB-DIRECTOR", "WTSA-44/s1/a#c1", "MEETING-WTSA-2022")},
}, ensure_ascii=False))
