"""Writes an OpenAPI document as readable YAML: short scalar-only maps and lists inline, multi-line
strings as literal blocks, no anchors. Shared by the contract generators in this folder."""
import os
import yaml


class Flow(dict):
    pass


class FlowList(list):
    pass


class Dumper(yaml.SafeDumper):
    def ignore_aliases(self, data):
        return True


def _str(dumper, data):
    if '\n' in data:
        return dumper.represent_scalar('tag:yaml.org,2002:str', data, style='|')
    return dumper.represent_scalar('tag:yaml.org,2002:str', data)


Dumper.add_representer(str, _str)
Dumper.add_representer(Flow, lambda dm, x: dm.represent_mapping('tag:yaml.org,2002:map', x.items(), flow_style=True))
Dumper.add_representer(FlowList, lambda dm, x: dm.represent_sequence('tag:yaml.org,2002:seq', x, flow_style=True))


def _scalar(v):
    return v is None or isinstance(v, (str, int, float, bool))


def _flowify(x):
    if isinstance(x, dict):
        y = {k: _flowify(v) for k, v in x.items()}
        simple = all(_scalar(v) or isinstance(v, (Flow, FlowList)) for v in y.values())
        if simple and len(yaml.dump(dict(y), Dumper=Dumper, width=10000, default_flow_style=True)) < 90 \
                and not any(isinstance(v, str) and '\n' in v for v in y.values()):
            return Flow(y)
        return y
    if isinstance(x, list):
        y = [_flowify(v) for v in x]
        if all(_scalar(v) for v in y):
            return FlowList(y)
        return y
    return x


def write_contract(doc, out, header):
    """Writes `doc` to `out` with `header` (comment lines) on top; returns the YAML's line count."""
    text = yaml.dump(_flowify(doc), Dumper=Dumper, sort_keys=False, width=110, allow_unicode=True,
                     default_flow_style=False)
    with open(out, 'w') as f:
        f.write(header + text)
    return len(text.splitlines())
