"""Compiles a repository's KFP pipelines for the compile action.

Runs with the user's own interpreter (Python >= 3.9, standard library + kfp only):

    python driver.py JOB.json RESULT.json

JOB.json:    {"root", "outputDir", "workers", "pipelines": [{"name", "file", "function", "output"}]}
             (`file` is relative to `root`, `output` to `outputDir`)
RESULT.json: {"pythonVersion", "kfpVersion", "results": [...]} in the job's order, each result
             {"name", "ok": true, "output", "seconds"} or {"name", "ok": false, "seconds",
             "error": {"kind", "type", "message", "file"?, "line"?}}, kind one of import |
             not-found | not-a-pipeline | compile; or, when kfp cannot be imported,
             {"pythonVersion", "fatal": {"type", "message"}, "results": []}.
             `seconds` includes importing the file for the first pipeline taken from it; `file` is
             relative to root when the place is in the repository, absolute otherwise. Results
             may carry "warnings": [{"category", "message", "file", "line"}], those Python warned
             of (e.g. kfp deprecations) while importing the file and compiling.

kfp is imported once; with several workers the process forks and each child inherits it. In KFP v2
`@dsl.pipeline` builds the whole spec when the module is imported, so a file is the unit of work:
its pipelines go to one worker and the module is imported once. Exit status is 0 whenever
RESULT.json was written; 2 means bad arguments.
"""

from __future__ import annotations

import importlib.machinery
import importlib.util
import json
import os
import platform
import shutil
import signal
import sys
import sysconfig
import tempfile
import time
import traceback
import warnings

USAGE = "usage: driver.py JOB.json|- RESULT.json"
MISSING = object()


class Failure(Exception):
    """A pipeline that could not be compiled; carries the `error` object of its result."""

    def __init__(self, error: dict):
        super().__init__(error["message"])
        self.error = error


class Session:
    """Compiles pipelines of one repository, importing each file at most once per process."""

    def __init__(self, root: str, output_dir: str):
        import kfp
        from kfp import compiler
        from kfp.dsl import base_component

        settle_kfp_client()

        self.root = root
        self.output_dir = output_dir
        self.kfp_version = kfp.__version__
        self.compiler = compiler
        self.base_component = base_component
        self.kfp_dir = os.path.dirname(os.path.abspath(kfp.__file__))
        # Code in these is never "the user's line", even when the venv lives inside the repo.
        installed = sysconfig.get_paths()
        self.foreign = [self.kfp_dir] + [
            os.path.abspath(installed[k])
            for k in ("stdlib", "platstdlib", "purelib", "platlib")
            if k in installed
        ]
        self.modules: dict[str, object] = {}

    def compile(self, pipeline: dict) -> dict:
        start = time.perf_counter()
        # Python hides deprecation warnings raised in user modules; here they join the result.
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            result = self.attempt(pipeline)
        result["seconds"] = round(time.perf_counter() - start, 3)
        reported: list = []
        for w in caught:
            entry = {"category": w.category.__name__, "message": str(w.message)}
            entry.update(self.place(w.filename, w.lineno))
            if entry not in reported:
                reported.append(entry)
        if reported:
            result["warnings"] = reported
        return result

    def attempt(self, pipeline: dict) -> dict:
        result: dict = {"name": pipeline["name"]}
        try:
            target = self.lookup(self.load(pipeline["file"]), pipeline)
            package_path = os.path.join(self.output_dir, pipeline["output"])
            os.makedirs(os.path.dirname(package_path), exist_ok=True)
            try:
                self.compiler.Compiler().compile(pipeline_func=target, package_path=package_path)
            except (Exception, SystemExit) as exc:
                raise Failure(self.describe("compile", exc)) from exc
            result.update(ok=True, output=pipeline["output"])
        except Failure as failure:
            print(f"{pipeline['name']}: {failure.error['kind']} error: {failure}", file=sys.stderr)
            cause = failure.__cause__
            if cause is not None:
                traceback.print_exception(type(cause), cause, cause.__traceback__)
            result.update(ok=False, error=failure.error)
        return result

    def load(self, file: str):
        cached = self.modules.get(file)
        if cached is None:
            try:
                cached = self.import_file(file)
            except Failure as failure:
                cached = failure
            self.modules[file] = cached
        if isinstance(cached, Failure):
            raise cached
        return cached

    def import_file(self, file: str):
        path = os.path.join(self.root, file)
        if not os.path.isfile(path):
            raise Failure(
                {
                    "kind": "import",
                    "type": "FileNotFoundError",
                    "message": f"{file} does not exist (looked in {self.root})",
                    "file": file,
                }
            )
        name = self.module_name(file)
        if name in sys.modules:
            return sys.modules[name]  # already imported from the repository by an earlier file
        loader = importlib.machinery.SourceFileLoader(name, path)
        spec = importlib.util.spec_from_file_location(name, path, loader=loader)
        module = importlib.util.module_from_spec(spec)
        # Registered before running so that the module's own imports of itself and of its package
        # resolve to this object, as with a normal import.
        sys.modules[name] = module
        try:
            loader.exec_module(module)
        except (Exception, SystemExit) as exc:
            del sys.modules[name]
            raise Failure(self.describe(self.import_kind(exc), exc)) from exc
        return module

    def module_name(self, file: str) -> str:
        """`pipelines/training.py` -> `pipelines.training`, so package and relative imports work.

        Falls back to a private name when that is not a dotted name, or when it or a parent
        package is already taken by a module from outside the repository (say `typing.py`).
        """
        parts = os.path.normpath(os.path.splitext(file)[0]).split(os.sep)
        if parts[-1] == "__init__":
            parts.pop()
        prefixes = [".".join(parts[: i + 1]) for i in range(len(parts))]
        if parts and all(p.isidentifier() for p in parts):
            if all(self.from_root(sys.modules.get(prefix)) for prefix in prefixes):
                return prefixes[-1]
        return "_mlops_" + "".join(c if c.isalnum() else "_" for c in file)

    def from_root(self, module) -> bool:
        if module is None:
            return True
        paths = [getattr(module, "__file__", None), *getattr(module, "__path__", [])]
        return any(p and _within(p, self.root) for p in paths)

    def import_kind(self, exc: BaseException) -> str:
        """An import that kfp itself aborted means the pipeline definition was rejected."""
        if isinstance(exc, (ImportError, SyntaxError, SystemExit)):
            return "import"
        frames = traceback.extract_tb(exc.__traceback__)
        return "compile" if any(_within(f.filename, self.kfp_dir) for f in frames) else "import"

    def lookup(self, module, pipeline: dict):
        file, function = pipeline["file"], pipeline["function"]
        target = getattr(module, function, MISSING)
        if target is MISSING:
            defined = ", ".join(n for n, v in vars(module).items() if self.is_pipeline(v))
            where = f"pipelines defined there: {defined}"
            if not defined:
                where = "it defines no @dsl.pipeline function"
            raise Failure(
                {
                    "kind": "not-found",
                    "type": "AttributeError",
                    "message": f"no function '{function}' in {file}; {where}",
                    "file": file,
                }
            )
        if not self.is_pipeline(target):
            raise Failure(self.not_a_pipeline(target, file, function))
        return target

    def is_pipeline(self, obj) -> bool:
        # GraphComponent from @dsl.pipeline, or a compiled pipeline loaded back from YAML.
        return (
            isinstance(obj, self.base_component.BaseComponent)
            and obj.component_spec.implementation.graph is not None
        )

    def not_a_pipeline(self, obj, file: str, function: str) -> dict:
        if isinstance(obj, self.base_component.BaseComponent):
            what = "a KFP component, not a pipeline; call it from a @dsl.pipeline function"
        elif callable(obj):
            what = "a plain function, not a KFP pipeline; decorate it with @dsl.pipeline"
        else:
            what = f"a {type(obj).__name__}, not a KFP pipeline; name a @dsl.pipeline function"
        message = f"'{function}' in {file} is {what}"
        error = {"kind": "not-a-pipeline", "type": "TypeError", "message": message}
        code = getattr(getattr(obj, "python_func", obj), "__code__", None)
        if code and self.is_user_file(code.co_filename):
            error.update(self.place(code.co_filename, code.co_firstlineno))
        else:
            error["file"] = file
        return error

    def describe(self, kind: str, exc: BaseException) -> dict:
        if isinstance(exc, SyntaxError) and exc.filename and not exc.filename.startswith("<"):
            error = {"kind": kind, "type": type(exc).__name__, "message": exc.msg}
            error.update(self.place(exc.filename, exc.lineno))
            return error
        if isinstance(exc, SystemExit):
            message = f"sys.exit({exc.code!r}) was called"
        else:
            message = str(exc) or type(exc).__name__
        error = {"kind": kind, "type": type(exc).__name__, "message": message}
        error.update(self.frame_of(exc))
        return error

    def frame_of(self, exc: BaseException) -> dict:
        """The last traceback frame in the user's code, else the last frame with a file at all."""
        frames = traceback.extract_tb(exc.__traceback__)
        frames = [f for f in frames if not f.filename.startswith("<")]
        for frame in reversed(frames):
            if self.is_user_file(frame.filename):
                return self.place(frame.filename, frame.lineno)
        return self.place(frames[-1].filename, frames[-1].lineno) if frames else {}

    def is_user_file(self, filename: str) -> bool:
        path = os.path.abspath(filename)
        if path == os.path.abspath(__file__) or not _within(path, self.root):
            return False
        parts = path.split(os.sep)
        if "site-packages" in parts or "dist-packages" in parts:
            return False
        return not any(_within(path, prefix) for prefix in self.foreign)

    def place(self, filename: str, line) -> dict:
        path = os.path.abspath(filename)
        if self.is_user_file(path):
            path = os.path.relpath(path, self.root).replace(os.sep, "/")
        return {"file": path, "line": line} if line else {"file": path}


def _within(path: str, directory: str) -> bool:
    path, directory = os.path.abspath(path), os.path.abspath(directory)
    return path == directory or path.startswith(directory.rstrip(os.sep) + os.sep)


def plan(pipelines: list, workers: int) -> list:
    """Splits pipeline indices into at most `workers` shares, keeping each file in one share."""
    by_file: dict[str, list[int]] = {}
    for index, pipeline in enumerate(pipelines):
        by_file.setdefault(pipeline["file"], []).append(index)
    shares: list[list[int]] = [[] for _ in range(min(workers, len(by_file)))]
    for indices in sorted(by_file.values(), key=len, reverse=True):
        min(shares, key=len).extend(indices)
    return shares


def compile_forked(session: Session, pipelines: list, shares: list) -> list:
    spool = tempfile.mkdtemp(prefix="mlops-compile-")
    children = []
    try:
        for number, share in enumerate(shares):
            path = os.path.join(spool, f"{number}.jsonl")
            sys.stderr.flush()
            pid = os.fork()
            if pid == 0:
                _child(session, pipelines, share, path)
            children.append((pid, share, path))
        # Forward a cancellation (the action runner sends SIGTERM) to the workers.
        previous = signal.signal(signal.SIGTERM, lambda signum, _: _stop(children, signum))
        results: list = [None] * len(pipelines)
        for pid, share, path in children:
            _, status = os.waitpid(pid, 0)
            for index, result in _reported(path):
                results[index] = result
            _account_for_lost(results, pipelines, share, os.waitstatus_to_exitcode(status))
        signal.signal(signal.SIGTERM, previous)
        return results
    finally:
        shutil.rmtree(spool, ignore_errors=True)


def _child(session: Session, pipelines: list, share: list, path: str) -> None:
    status = 1
    try:
        with open(path, "w", encoding="utf-8") as out:
            for index in share:
                # One line per pipeline, flushed, so a worker that dies loses only the one at hand.
                out.write(json.dumps([index, session.compile(pipelines[index])]) + "\n")
                out.flush()
        status = 0
    except BaseException:
        traceback.print_exc()
    finally:
        sys.stderr.flush()
        os._exit(status)


def _reported(path: str) -> list:
    try:
        with open(path, encoding="utf-8") as f:
            lines = f.readlines()
    except FileNotFoundError:  # the worker died before it began
        return []
    # A worker killed while writing leaves a partial last line.
    return [json.loads(line) for line in lines if line.endswith("\n")]


def _stop(children: list, signum: int) -> None:
    for pid, _, _ in children:
        try:
            os.kill(pid, signum)
        except ProcessLookupError:
            pass
    raise SystemExit(128 + signum)


def _account_for_lost(results: list, pipelines: list, share: list, exit_code: int) -> None:
    """Turns what a worker never reported (user code called os._exit, or crashed) into errors."""
    how = f"exited with status {exit_code}"
    if exit_code < 0:
        how = f"was killed by signal {signal.Signals(-exit_code).name}"
    crashed = None
    for index in share:
        if results[index] is not None:
            continue
        pipeline = pipelines[index]
        if crashed is None:
            crashed = pipeline["name"]
            message = f"the compile worker {how} while compiling this pipeline"
        else:
            message = f"not compiled: the compile worker {how} while compiling '{crashed}'"
        error = {"kind": "compile", "type": "WorkerExited", "message": message}
        error["file"] = pipeline["file"]
        results[index] = {"name": pipeline["name"], "ok": False, "error": error, "seconds": 0}


def read_job(path: str) -> tuple:
    if path == "-":
        job = json.load(sys.stdin)
    else:
        with open(path, encoding="utf-8") as f:
            job = json.load(f)
    root, output_dir = job["root"], job["outputDir"]
    workers, pipelines = job.get("workers", 1), job["pipelines"]
    if not (os.path.isabs(root) and os.path.isabs(output_dir)):
        raise ValueError("root and outputDir must be absolute paths")
    if not isinstance(workers, int) or workers < 1:
        raise ValueError(f"workers must be a positive integer, got {workers!r}")
    for pipeline in pipelines:
        missing = {"name", "file", "function", "output"} - pipeline.keys()
        if missing:
            raise ValueError(f"pipeline {pipeline!r} lacks {', '.join(sorted(missing))}")
    return os.path.abspath(root), os.path.abspath(output_dir), workers, pipelines


def run(root: str, output_dir: str, workers: int, pipelines: list) -> dict:
    result: dict = {"pythonVersion": platform.python_version()}
    try:
        session = Session(root, output_dir)
    except Exception as exc:  # a broken install can fail in any way, not only ImportError
        traceback.print_exc()
        message = str(exc) or type(exc).__name__
        result.update(fatal={"type": type(exc).__name__, "message": message}, results=[])
        return result
    result["kfpVersion"] = session.kfp_version
    # The repository's packages win over anything installed; its files get no __pycache__.
    sys.path.insert(0, root)
    sys.dont_write_bytecode = True
    shares = plan(pipelines, workers)
    if len(shares) > 1 and hasattr(os, "fork"):
        result["results"] = compile_forked(session, pipelines, shares)
    else:
        result["results"] = [session.compile(p) for p in pipelines]
    return result


def defer_kfp_client() -> None:
    """Defers kfp.client until something uses it; call before the first `import kfp`.

    kfp/__init__ imports kfp.client (the REST client, which pulls in the kubernetes and google-auth
    packages): about 60% of `import kfp`, and compiling never touches it. A placeholder module
    stands in while kfp initialises; settle_kfp_client() then makes `kfp.client` and `kfp.Client`
    load the real thing on first use, so user code that touches them sees no difference.
    """
    import types

    if "kfp.client" in sys.modules:
        return

    class Client:  # bound by kfp/__init__'s `from kfp.client import Client`, replaced by settle
        pass

    def real():
        if sys.modules.get("kfp.client") is placeholder:
            del sys.modules["kfp.client"]
        module = importlib.import_module("kfp.client")
        kfp = sys.modules.get("kfp")
        if kfp is not None:
            kfp.client = module
        return module

    def attribute(name: str):
        # The import system probes dunders (__path__, __spec__...); those must not load it.
        if name.startswith("__"):
            raise AttributeError(name)
        return getattr(real(), name)

    placeholder = types.ModuleType("kfp.client")
    placeholder.Client = Client
    placeholder.__getattr__ = attribute
    placeholder._mlops_placeholder = (Client, real)
    sys.modules["kfp.client"] = placeholder


def settle_kfp_client() -> None:
    """After `import kfp`: route kfp.client and kfp.Client to the real client on first use."""
    kfp = sys.modules.get("kfp")
    placeholder = sys.modules.get("kfp.client")
    marker = getattr(placeholder, "__dict__", {}).get("_mlops_placeholder")
    if kfp is None or marker is None:
        return
    client_class, real = marker
    del placeholder.Client
    kfp.client = placeholder
    if kfp.__dict__.get("Client") is client_class:
        del kfp.Client

        def kfp_attribute(name: str):
            if name == "Client":
                kfp.Client = real().Client
                return kfp.Client
            raise AttributeError(f"module 'kfp' has no attribute {name!r}")

        kfp.__getattr__ = kfp_attribute


def main(argv: list) -> int:
    if len(argv) != 3:
        print(USAGE, file=sys.stderr)
        return 2
    defer_kfp_client()
    if argv[1] == "-":
        # Started before the caller knows the job: import kfp while it validates its config.
        # A failure here is left for Session to report in the result.
        try:
            import kfp.compiler  # noqa: F401
        except Exception:
            pass
    try:
        job = read_job(argv[1])
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        print(f"driver.py: bad job file {argv[1]}: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 2
    # Whatever user code prints must not mix with anything a caller might read from stdout.
    sys.stdout = sys.stderr
    result = run(*job)
    tmp = argv[2] + ".tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        json.dump(result, f, indent=2)
    os.replace(tmp, argv[2])
    return 0


if __name__ == "__main__":
    code = main(sys.argv)
    # Not sys.exit: that waits for threads user code may have left running, and the caller would
    # wait with it. The result is written; flush and go.
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)
