"""Loading and fitting for scripts/real_themes.py: labelled sets matched to local copies, the blend fitted on the
committed annotations, its two parts on real rows."""

from __future__ import annotations

from pathlib import Path

from real_themes_metrics import check_digests, label_matrix, read_jsonl

REPO = Path(__file__).resolve().parents[1]
LABELS = REPO / "corpus" / "annotations" / "real" / "labels.jsonl"
LOCAL = Path("local") / "real_sections.jsonl"


def _load(args, local=None, labels_path=None) -> tuple[list[dict], dict]:
    """Labels and local copies, matched by digest; several sets (``--labels A B --local A B``) are
    joined, their repost groups kept apart (``2:`` before the second set's groups)."""
    locals_ = local or args.local
    label_files = labels_path or args.labels
    locals_ = [locals_] if isinstance(locals_, str) else list(locals_)
    label_files = [label_files] if isinstance(label_files, str) else list(label_files)
    if len(locals_) != len(label_files):
        raise SystemExit(f"{len(label_files)} label files but {len(locals_)} local copies: give one local copy per label file")
    labels, local_rows = [], []
    for k, (lab_file, loc_file) in enumerate(zip(label_files, locals_), start=1):
        if not Path(loc_file).exists():
            raise SystemExit(f"no local copy at {loc_file}: the section texts are not in the repository "
                             f"(see corpus/annotations/real/README.md)")
        prefix = "" if k == 1 else f"{k}:"
        labels += [{**row, "group": prefix + str(row["group"])} for row in read_jsonl(lab_file)]
        local_rows += read_jsonl(loc_file)
    check = check_digests(labels, local_rows)
    print(f"labels: {len(labels)}; matched {len(check['matched'])}, missing {len(check['missing'])}, "
          f"changed {len(check['changed'])}; local rows without a label: {len(check['extra'])}")
    for what in ("missing", "changed"):
        if check[what]:
            print(f"  {what}: " + ", ".join(check[what][:20]) + (" …" if len(check[what]) > 20 else ""))
    if not check["matched"]:
        raise SystemExit("no label matches the local copy: nothing to score")
    return labels, check


def _fit(method: str, train_split: str | None, annotations: str | None, extra: list[dict] | None = None,
         weight: int = 1, **params):
    """METHOD fitted on the committed annotations (one split or both) plus EXTRA real rows, with
    document groups (``evaluation.fit_model``), as the shipped classifier is fitted."""
    from unionmine.evaluation.themes import fit_model
    from unionmine.taxonomy import load_taxonomy
    from unionmine.themes import load_annotations, make_model

    data = load_annotations(annotations, load_taxonomy().names)
    if train_split:
        data = data[data["split"] == train_split]
    texts, labels, groups = data["text"].tolist(), data["labels"].tolist(), data["group"].tolist()
    for row in [r for r in extra or [] for _ in range(weight)]:
        texts.append(row["text"])
        labels.append(row["labels"])
        groups.append(f"real#{row['group']}")
    model = make_model(method)
    for key, value in params.items():
        setattr(model, key, value)
    return fit_model(model, texts, labels, groups), len(texts)


def _calibration(model, texts: list[str]):
    """The two parts of a fitted blend (stack inputs per text, theme and part)."""
    from unionmine.themes._calibration import stack_inputs
    from unionmine.themes._text import prepare

    parts = model.parts([prepare(t) for t in texts], prepared=True)
    return stack_inputs(parts["supervised"], parts["lexicon"])


def _committed_hashed(annotations=None, split: str | None = None):
    """The committed annotation rows (one split or both) as hashed features and a 0/1 label matrix."""
    from unionmine.taxonomy import load_taxonomy
    from unionmine.themes import load_annotations
    from unionmine.themes.hashed import HashedPart

    themes = load_taxonomy().names
    data = load_annotations(annotations, themes)
    if split:
        data = data[data["split"] == split]
    return HashedPart().features(data["text"].tolist()), label_matrix(data["labels"].tolist(), themes).astype(int)


def _committed_char(annotations=None, real_texts=(), split: str | None = None):
    """The char part's vocabulary (a ``CharPart`` fitted on the committed rows' n-grams: one split or both), the
    committed rows as its features with a 0/1 label matrix, and REAL_TEXTS as its features."""
    from unionmine.taxonomy import load_taxonomy
    from unionmine.themes import load_annotations
    from unionmine.themes.charpart import CharPart

    themes = load_taxonomy().names
    data = load_annotations(annotations, themes)
    if split:
        data = data[data["split"] == split]
    texts = data["text"].tolist()
    vocabulary = CharPart().fit_vocabulary(texts)
    return (vocabulary, vocabulary.features(texts), label_matrix(data["labels"].tolist(), themes).astype(int),
            vocabulary.features(list(real_texts)))


def _repo_path(path: Path) -> str:
    """PATH relative to the repository when it is inside it, else as given."""
    try:
        return Path(path).resolve().relative_to(REPO).as_posix()
    except ValueError:
        return str(path)


def build_set_cache(sets, annotations, cache: Path) -> None:
    """Pickle to CACHE what the round harnesses read once: each set's matched rows (SETS: (name, labels, local)),
    the blend's calibration inputs on all of them (the blend is fitted on the committed rows ANNOTATIONS only, so
    they do not depend on the set left out), and the committed texts with their 0/1 labels. Texts stay local."""
    import pickle

    from unionmine.taxonomy import load_taxonomy
    from unionmine.themes import load_annotations

    themes = load_taxonomy().names
    rows = {name: _load(None, [loc], [lab])[1]["matched"] for name, lab, loc in sets}
    base = _fit("blend", None, annotations)[0]
    feats = _calibration(base, [r["text"] for n in rows for r in rows[n]])
    data = load_annotations(annotations, themes)
    with Path(cache).open("wb") as out:
        pickle.dump({"sets": rows, "feats": feats, "ctexts": data["text"].tolist(),
                     "cy": label_matrix(data["labels"].tolist(), themes).astype(int)}, out)
