import subprocess
import sys


def test_core_works_without_torch_and_transformers(tmp_path):
    code = (
        "import sys\n"
        "class Block:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name.split('.')[0] in ('torch', 'transformers', 'sentencepiece'):\n"
        "            raise ImportError(f'No module named {name!r}')\n"
        "sys.meta_path.insert(0, Block())\n"
        "from summarizer.cli import main\n"
        "assert main(['brief', 'seeds', '-f', 'json']) == 0\n"
        "import summarizer\n"
        "try:\n"
        "    summarizer.summarize('One sentence here. Two here.', backend='mt5', model='x')\n"
        "except summarizer.MissingDependencyError as e:\n"
        "    print('MISSING', e)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert "MISSING" in out.stdout and "cited-briefs[mt5]" in out.stdout and "-e '.[mt5]'" in out.stdout
    assert "'summarizer[" not in out.stdout  # the PyPI project of that name is not ours
