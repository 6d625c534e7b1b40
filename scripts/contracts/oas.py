"""Shared by the contract generators in this folder: small builders for OpenAPI fragments, and the
writer that turns a document into readable YAML (short scalar-only maps and lists inline, multi-line
strings as literal blocks, no anchors)."""
import copy
import yaml


def ref(name):
    return {'$ref': f'#/components/schemas/{name}'}


def pref(name):
    return {'$ref': f'#/components/parameters/{name}'}


def href(name):
    return {'$ref': f'#/components/headers/{name}'}


def d(schema, description):
    """A copy of `schema` with a description."""
    s = copy.deepcopy(schema)
    s['description'] = description
    return s


def robj(props, description=None, required='all', optional=(), title=None, keep_empty_required=False):
    """Response object: closed; every property required unless listed in `optional` (or `required` given)."""
    s = {}
    if title:
        s['title'] = title
    if description:
        s['description'] = description
    s['type'] = 'object'
    s['additionalProperties'] = False
    s['required'] = [k for k in props if k not in optional] if required == 'all' else list(required)
    if not s['required'] and not keep_empty_required:
        del s['required']
    s['properties'] = props
    return s


def qobj(props, description=None, required=None):
    """Request body object: open (the real servers ignore unknown keys; they never reject them)."""
    s = {}
    if description:
        s['description'] = description
    s['type'] = 'object'
    if required:
        s['required'] = required
    s['properties'] = props
    return s


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
