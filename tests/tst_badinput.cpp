// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers

// Hostile inputs through the app-facing driver, runAnalysis(): bombs, archive members that
// try to leave the archive, links, special files, loops, truncated streams, nesting past the
// limit, a huge line, unreadable, empty and missing paths. Each row hands the driver the
// hostile input and a real report (corpus case 056) in one request, and checks that
// - the session has an InputError naming the hostile input and the problem, and the
//   observer was told the same in inputFinished();
// - the real report is still analysed: the same incidents as when it is read alone;
// - nothing was written: the temporary and runtime directories the driver may use, the
//   working directory and the folder around the inputs are as before, and no member
//   landed where its path pointed.
// tst_analyzer checks the messages of analyzePaths() on single inputs; this test checks
// what the app gets, with every input in the same request. Fixtures are made at test time;
// the bombs are written through libarchive a megabyte at a time and never exist unpacked.
#include "helpers/sourcefixtures.h"
#include "sources/driver/analysisdriver.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cstdio>
#include <optional>

#include <archive.h>
#include <archive_entry.h>

#include <grp.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace oom;
using namespace oom::fixtures;

namespace {

const QString GoodCase = u"056-kernel-6.18-memcg-v1-real-capture-rss-split-columns.log"_s;

// What one request gave: the session's errors and incidents and what the observer heard.
struct Outcome {
    QList<InputError> errors;
    QStringList incidentIds;
    QList<InputError> observedErrors; // every error handed to inputFinished()
    QStringList finishedInputs; // displayPath of each inputFinished()
    QList<InputSummary> inputs; // what the session says was read
    bool asRoot = false; // the process that analysed had euid 0
};

class RecordingObserver : public AnalysisObserver
{
public:
    void inputFinished(const InputSummary &summary, const QList<InputError> &errors) override
    {
        outcome.finishedInputs.append(summary.displayPath);
        outcome.observedErrors.append(errors);
    }
    Outcome outcome;
};

Outcome analyse(const QStringList &paths)
{
    RecordingObserver observer;
    AnalysisRequest request;
    request.paths = paths;
    const SessionPtr session = runAnalysis(request, &observer);
    Outcome outcome = observer.outcome;
    outcome.asRoot = ::geteuid() == 0;
    if (session) {
        outcome.inputs = session->inputs;
        outcome.errors = session->errors;
        for (const IncidentPtr &incident : session->incidents)
            outcome.incidentIds.append(incident->id);
    }
    return outcome;
}

// The outcome as text, to come back from a child process through a pipe.
QByteArray serialise(const Outcome &o)
{
    QStringList lines;
    const auto error = [](const QString &tag, const InputError &e) -> QString {
        return tag + u'\t' + (e.severity == InputError::Severity::Error ? u"E"_s : u"W"_s) + u'\t'
            + e.displayPath + u'\t' + e.message;
    };
    for (const InputError &e : o.errors)
        lines.append(error(u"error"_s, e));
    for (const InputError &e : o.observedErrors)
        lines.append(error(u"observed"_s, e));
    for (const QString &id : o.incidentIds)
        lines.append(u"incident\t"_s + id);
    for (const QString &input : o.finishedInputs)
        lines.append(u"finished\t"_s + input);
    for (const InputSummary &input : o.inputs) {
        lines.append(u"input\t"_s + input.displayPath + u'\t' + QString::number(input.bytes) + u'\t'
                     + QString::number(input.lines));
    }
    lines.append(u"root\t"_s + (o.asRoot ? u"yes"_s : u"no"_s));
    return lines.join(u'\n').toUtf8();
}

Outcome deserialise(const QByteArray &text)
{
    Outcome o;
    for (const QString &line : QString::fromUtf8(text).split(u'\n', Qt::SkipEmptyParts)) {
        const QStringList f = line.split(u'\t');
        if (f.size() == 4 && f[0] != u"input"_s) {
            const InputError e{f[2], f[3],
                               f[1] == u"E"_s ? InputError::Severity::Error
                                              : InputError::Severity::Warning};
            (f[0] == u"error"_s ? o.errors : o.observedErrors).append(e);
        } else if (f.size() == 4 && f[0] == u"input"_s) {
            InputSummary input;
            input.displayPath = f[1];
            input.bytes = f[2].toLongLong();
            input.lines = f[3].toLongLong();
            o.inputs.append(input);
        } else if (f.size() == 2 && f[0] == u"root"_s) {
            o.asRoot = f[1] == u"yes"_s;
        } else if (f.size() == 2) {
            (f[0] == u"incident"_s ? o.incidentIds : o.finishedInputs).append(f[1]);
        }
    }
    return o;
}

// Set in the environment of the child that analyseAsNobody() starts: this binary then
// analyses its arguments and prints the outcome instead of running the tests.
constexpr char ChildVariable[] = "OOMLENS_BADINPUT_CHILD";

// Runs the request in a fresh process (this binary, exec'd) that drops to uid 65534 first
// thing in main(), before any thread exists: root reads a chmod 000 file anyway. (A fork
// without exec would analyse in a copy of a process whose other threads are gone.) nullopt
// when the child could not drop its privileges.
std::optional<Outcome> analyseAsNobody(const QStringList &paths, QString *failure)
{
    QProcess child;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QLatin1StringView(ChildVariable), u"1"_s);
    child.setProcessEnvironment(environment);
    child.start(QCoreApplication::applicationFilePath(), paths);
    if (!child.waitForFinished(300000) || child.exitStatus() != QProcess::NormalExit) {
        *failure = u"the child analysing as nobody crashed or hung ("_s + child.errorString()
            + u"): "_s + QString::fromLocal8Bit(child.readAllStandardError());
        return std::nullopt;
    }
    if (child.exitCode() == 3)
        return std::nullopt;
    if (child.exitCode() != 0) {
        *failure = u"the child analysing as nobody failed: "_s
            + QString::fromLocal8Bit(child.readAllStandardError());
        return std::nullopt;
    }
    return deserialise(child.readAllStandardOutput());
}

// The error names the input and the problem, with the severity INPUTS.md gives it; every
// error is about the hostile input (the real report reads cleanly); the observer was told
// the same as the finished session holds.
void verifyError(const Outcome &outcome, const QString &display, const QString &message,
                 bool isError)
{
    const QString hostile = display.section(u'!', 0, 0);
    QStringList errors;
    for (const InputError &e : outcome.errors)
        errors.append(e.displayPath + u": "_s + e.message);
    const auto expected = [&](const InputError &e) {
        return e.displayPath == display && e.message == message
            && e.severity
            == (isError ? InputError::Severity::Error : InputError::Severity::Warning);
    };
    QVERIFY2(std::any_of(outcome.errors.cbegin(), outcome.errors.cend(), expected),
             qPrintable(u"expected \""_s + display + u": "_s + message + u"\", got:\n"_s
                        + errors.join(u'\n')));
    for (const InputError &e : outcome.errors)
        QVERIFY2(e.displayPath.startsWith(hostile), qPrintable(errors.join(u'\n')));
    QVERIFY(std::any_of(outcome.observedErrors.cbegin(), outcome.observedErrors.cend(), expected));
}

// Every file and folder under `root` with its size, to prove that nothing appeared.
QStringList listing(const QString &root)
{
    QStringList out;
    QDirIterator it(root, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        const QFileInfo info = it.fileInfo();
        out.append(info.filePath() + u' '
                   + QString::number(info.isSymLink()    ? -1
                                         : info.isFile() ? info.size()
                                                         : 0));
    }
    out.sort();
    return out;
}

// A log of `megabytes` MiB of one repeated kernel line, written through libarchive with
// `filter` as the raw stream of `file` (member empty) or as the one member of a tar. The
// data goes out a megabyte at a time: the bomb never exists unpacked, in memory or on disk.
bool writeCompressedLog(const QString &file, int filter, const QByteArray &member, int megabytes)
{
    QByteArray chunk;
    while (chunk.size() < 1024 * 1024)
        chunk += "[    1.000000] e1000e 0000:00:19.0 eth0: link state unchanged\n";
    chunk.truncate(1024 * 1024);
    struct archive *a = archive_write_new();
    const int format = member.isEmpty() ? archive_write_set_format_raw(a)
                                        : archive_write_set_format_pax_restricted(a);
    bool ok = format == ARCHIVE_OK && archive_write_add_filter(a, filter) == ARCHIVE_OK
        && archive_write_open_filename(a, QFile::encodeName(file).constData()) == ARCHIVE_OK;
    struct archive_entry *e = archive_entry_new();
    archive_entry_set_pathname(e, member.isEmpty() ? "data" : member.constData());
    archive_entry_set_filetype(e, AE_IFREG);
    archive_entry_set_perm(e, 0644);
    archive_entry_set_size(e, la_int64_t(megabytes) * chunk.size());
    ok = ok && archive_write_header(a, e) == ARCHIVE_OK;
    for (int i = 0; ok && i < megabytes; ++i)
        ok = archive_write_data(a, chunk.constData(), size_t(chunk.size())) == chunk.size();
    archive_entry_free(e);
    ok = archive_write_close(a) == ARCHIVE_OK && ok;
    archive_write_free(a);
    return ok;
}

// A log whose one kill is at the start, then 2 MiB of lines that do not repeat, so that a
// compressed copy cut in half still holds the kill.
QByteArray noisyLogWithKill()
{
    QByteArray text = oomKillLine(77) + '\n';
    for (int i = 0; text.size() < 2 * 1024 * 1024; ++i)
        text += QByteArray::number(quint64(i) * 2654435761u % 1000000007u).toHex() + " noise\n";
    return text;
}

} // namespace

class tst_BadInput : public QObject
{
    Q_OBJECT

private:
    // sandbox/inputs: the fixtures; sandbox/cwd: the working directory; sandbox/tmp and
    // sandbox/runtime: TMPDIR and XDG_RUNTIME_DIR (where a private copy would go).
    QTemporaryDir m_sandbox;
    QString m_previousCwd;
    QString m_good;
    QStringList m_goodIncidents;

    QString sandbox(const QString &name) const { return m_sandbox.filePath(name); }
    QString input(const QString &name) const { return sandbox(u"inputs/"_s + name); }

    // Builds the hostile input of a scenario; returns the path to hand to the driver, or
    // an empty string after a failed QVERIFY/QSKIP.
    QString makeHostileInput(const QString &scenario);

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void hostileInputNextToARealReport_data();
    void hostileInputNextToARealReport();
};

void tst_BadInput::initTestCase()
{
    QVERIFY(m_sandbox.isValid());
    // World-readable (but only root-writable) so that the child running as nobody can read
    // the good log; only a fixture's own mode stops it.
    QVERIFY(QFile::setPermissions(m_sandbox.path(),
                                  QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner
                                      | QFile::ReadOther | QFile::ExeOther));
    for (const QString &dir : {u"inputs"_s, u"cwd"_s, u"tmp"_s, u"runtime"_s})
        QVERIFY(QDir().mkpath(sandbox(dir)));
    QVERIFY(QFile::setPermissions(sandbox(u"inputs"_s),
                                  QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner
                                      | QFile::ReadOther | QFile::ExeOther));
    QVERIFY(QFile::setPermissions(sandbox(u"runtime"_s),
                                  QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    qputenv("TMPDIR", QFile::encodeName(sandbox(u"tmp"_s)));
    qputenv("XDG_RUNTIME_DIR", QFile::encodeName(sandbox(u"runtime"_s)));
    m_previousCwd = QDir::currentPath();
    QVERIFY(QDir::setCurrent(sandbox(u"cwd"_s)));

    m_good = input(GoodCase);
    QVERIFY(QFile::copy(QStringLiteral(OOMLENS_TEST_DATA_DIR "/reports/") + GoodCase, m_good));
    QVERIFY(QFile::setPermissions(m_good, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther));
    const Outcome alone = analyse({m_good});
    QVERIFY(alone.errors.isEmpty());
    m_goodIncidents = alone.incidentIds;
    QVERIFY(!m_goodIncidents.isEmpty()); // the case is a real report: it must give incidents
}

void tst_BadInput::cleanupTestCase()
{
    QDir::setCurrent(m_previousCwd);
}

void tst_BadInput::hostileInputNextToARealReport_data()
{
    QTest::addColumn<QString>("scenario");
    // The error's displayPath is the hostile path followed by this ("!/member" for an
    // archive member).
    QTest::addColumn<QString>("displaySuffix");
    QTest::addColumn<QString>("message");
    QTest::addColumn<bool>("isError");

    // Bombs: AnalyzeOptions' defaults (the driver's) are a 1000:1 ratio after 16 MiB of
    // output; 64 MiB of a repeated line through zstd is far beyond that.
    QTest::newRow("zip bomb (zip holding a zstd log of 64 MiB)")
        << u"zip-bomb"_s << u"!/messages.zst"_s << u"compression ratio exceeds 1000:1"_s << true;
    QTest::newRow("tar bomb (tar.zst with a 64 MiB member)")
        << u"tar-bomb"_s << u"!/var/log/messages"_s << u"compression ratio exceeds 1000:1"_s
        << true;
    QTest::newRow("archive member with a ../ path")
        << u"member-dotdot"_s << u"!/../escaped.log"_s
        << u"member not read: path leaves the archive (\"..\")"_s << false;
    QTest::newRow("archive member with an absolute path")
        << u"member-absolute"_s << u"!/"_s << u"member not read: absolute path"_s << false;
    QTest::newRow("archive member that is a symbolic link out of the archive")
        << u"member-symlink"_s << u"!/var/log/messages"_s
        << u"member not read: symbolic link (not followed)"_s << false;
    QTest::newRow("FIFO as input")
        << u"fifo"_s << QString() << u"not a regular file (a FIFO)"_s << true;
    QTest::newRow("device file /dev/zero as input")
        << u"dev-zero"_s << QString() << u"not a regular file (a character device)"_s << true;
    QTest::newRow("symbolic link loop as input")
        << u"symlink-loop"_s << QString() << u"too many levels of symbolic links"_s << true;
    QTest::newRow("folder whose links loop back to itself")
        << u"directory-loop"_s << QString() << u"no log files found in this folder"_s << false;
    QTest::newRow("binary file (an ELF executable)")
        << u"binary"_s << QString() << u"not a text log (binary data)"_s << true;
    QTest::newRow("file that is not readable")
        << u"unreadable"_s << QString() << u"permission denied"_s << true;
    QTest::newRow("truncated .gz")
        << u"truncated-gz"_s << QString() << u"compressed data is truncated"_s << true;
    QTest::newRow("truncated .xz")
        << u"truncated-xz"_s << QString() << u"compressed data is truncated"_s << true;
    QTest::newRow("truncated .zst")
        << u"truncated-zst"_s << QString() << u"compressed data is truncated"_s << true;
    QTest::newRow("archives nested deeper than the limit")
        << u"nesting"_s << u"!/n1.tar!/n2.tar!/n3.tar!/n4.tar!/n5.tar!/n6.tar!/n7.tar"_s
        << u"containers nested more than 6 deep"_s << true;
    // A plain file is searched for the report's anchors, not split into lines, so nothing
    // of it is skipped and there is nothing to report: the whole file must be read (the line
    // limit of INPUTS.md applies to journals, supportconfig and kmsg only). An empty message
    // says "no error".
    QTest::newRow("line of 100 MiB without a newline")
        << u"huge-line"_s << QString() << QString() << true;
    QTest::newRow("empty file") << u"empty"_s << QString() << u"file is empty"_s << false;
    QTest::newRow("path that does not exist")
        << u"missing"_s << QString() << u"no such file or directory"_s << true;
}

QString tst_BadInput::makeHostileInput(const QString &scenario)
{
    const QByteArray log = fillerLines(5) + oomKillLine(4242) + '\n';
    if (scenario == u"zip-bomb"_s) {
        const QString zst = sandbox(u"tmp/messages.zst"_s);
        if (!writeCompressedLog(zst, ARCHIVE_FILTER_ZSTD, {}, 64))
            return {};
        const QByteArray bytes = readFile(zst);
        QFile::remove(zst);
        const QString path = input(u"bomb.zip"_s);
        return writeFile(path, writeArchive({MemberSpec::file("messages.zst", bytes)}, true))
            ? path
            : QString();
    }
    if (scenario == u"tar-bomb"_s) {
        const QString path = input(u"bomb.tar.zst"_s);
        return writeCompressedLog(path, ARCHIVE_FILTER_ZSTD, "var/log/messages", 64) ? path
                                                                                     : QString();
    }
    if (scenario == u"member-dotdot"_s || scenario == u"member-absolute"_s
        || scenario == u"member-symlink"_s) {
        QList<MemberSpec> members;
        if (scenario == u"member-dotdot"_s)
            members = {MemberSpec::file("../escaped.log", log)};
        else if (scenario == u"member-absolute"_s)
            members = {MemberSpec::file(QFile::encodeName(sandbox(u"absolute.log"_s)), log)};
        else
            members = {MemberSpec::symlink("var/log/messages", "/etc/shadow")};
        const QString path = input(scenario + u".tar"_s);
        return writeFile(path, writeArchive(members)) ? path : QString();
    }
    if (scenario == u"fifo"_s) {
        const QString path = input(u"pipe"_s);
        return ::mkfifo(QFile::encodeName(path).constData(), 0600) == 0 ? path : QString();
    }
    if (scenario == u"dev-zero"_s)
        return u"/dev/zero"_s;
    if (scenario == u"symlink-loop"_s) {
        const QString a = input(u"loop-a"_s);
        return QFile::link(input(u"loop-b"_s), a) && QFile::link(a, input(u"loop-b"_s)) ? a
                                                                                        : QString();
    }
    if (scenario == u"directory-loop"_s) {
        const QString dir = input(u"looping"_s);
        return QDir().mkpath(dir + u"/sub"_s) && QFile::link(dir, dir + u"/sub/back"_s)
                && QFile::link(u"."_s, dir + u"/self"_s)
            ? dir
            : QString();
    }
    if (scenario == u"binary"_s) {
        const QString path = input(u"program"_s);
        return QFile::copy(QCoreApplication::applicationFilePath(), path) ? path : QString();
    }
    if (scenario == u"unreadable"_s) {
        const QString path = input(u"secret.log"_s);
        return writeFile(path, log) && ::chmod(QFile::encodeName(path).constData(), 0) == 0
            ? path
            : QString();
    }
    if (scenario.startsWith(u"truncated-"_s)) {
        const QString format = scenario.mid(10);
        const QString tool = format == u"gz"_s ? u"gzip"_s
            : format == u"xz"_s                ? u"xz"_s
                                               : u"zstd"_s;
        if (findTool(tool).isEmpty())
            return {};
        QByteArray packed = runTool(tool, {u"-c"_s}, noisyLogWithKill());
        packed.truncate(packed.size() / 2);
        const QString path = input(u"messages.1."_s + format);
        return writeFile(path, packed) ? path : QString();
    }
    if (scenario == u"nesting"_s) {
        // n7.tar holds the log, n6.tar holds n7.tar, and so on up to the file itself: seven
        // containers inside it, one more than the limit allows.
        QByteArray data = writeArchive({MemberSpec::file("var/log/messages", log)});
        for (int level = 7; level >= 1; --level) {
            data = writeArchive({MemberSpec::file("n" + QByteArray::number(level) + ".tar", data)});
        }
        const QString path = input(u"n0.tar"_s);
        return writeFile(path, data) ? path : QString();
    }
    if (scenario == u"huge-line"_s) {
        const QString path = input(u"oneline.log"_s);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        const QByteArray chunk(1024 * 1024, 'x');
        for (int i = 0; i < 100; ++i) {
            if (file.write(chunk) != chunk.size())
                return {};
        }
        return path;
    }
    if (scenario == u"empty"_s) {
        const QString path = input(u"empty.log"_s);
        return writeFile(path, {}) ? path : QString();
    }
    if (scenario == u"missing"_s)
        return input(u"does-not-exist.log"_s);
    return {};
}

void tst_BadInput::hostileInputNextToARealReport()
{
    QFETCH(QString, scenario);
    QFETCH(QString, displaySuffix);
    QFETCH(QString, message);
    QFETCH(bool, isError);

    if (scenario.startsWith(u"truncated-"_s)) {
        const QString format = scenario.mid(10);
        OOMLENS_REQUIRE_TOOL(format == u"gz"_s       ? u"gzip"_s
                                 : format == u"xz"_s ? u"xz"_s
                                                     : u"zstd"_s);
    }
    const QString hostile = makeHostileInput(scenario);
    QVERIFY2(!hostile.isEmpty(), "the fixture could not be made");
    if (scenario == u"member-absolute"_s)
        displaySuffix += sandbox(u"absolute.log"_s);

    const QStringList before = listing(m_sandbox.path());
    const QStringList request{hostile, m_good};
    Outcome outcome;
    if (scenario == u"unreadable"_s && ::geteuid() == 0) {
        QString failure;
        const std::optional<Outcome> asNobody = analyseAsNobody(request, &failure);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        if (!asNobody || asNobody->asRoot)
            QSKIP(
                "running as root and cannot drop to uid 65534 (nobody) here; run the suite "
                "as a normal user");
        outcome = *asNobody;
    } else {
        outcome = analyse(request);
    }

    if (message.isEmpty()) {
        QVERIFY2(outcome.errors.isEmpty(), qPrintable(outcome.errors.value(0).message));
        const auto read = std::find_if(outcome.inputs.cbegin(), outcome.inputs.cend(),
                                       [&](const InputSummary &input) {
                                           return input.displayPath == hostile;
                                       });
        QVERIFY(read != outcome.inputs.cend());
        QCOMPARE(read->bytes, QFileInfo(hostile).size());
        QCOMPARE(read->lines, 1);
    } else {
        verifyError(outcome, hostile + displaySuffix, message, isError);
        if (QTest::currentTestFailed())
            return;
    }
    QVERIFY(outcome.finishedInputs.contains(m_good));

    // The real report is still analysed, as if read alone.
    QStringList goodIncidents;
    for (const QString &id : std::as_const(outcome.incidentIds)) {
        if (id.startsWith(m_good))
            goodIncidents.append(id);
    }
    QCOMPARE(goodIncidents, m_goodIncidents);

    // Nothing written: no new file anywhere in the sandbox (inputs, working directory,
    // TMPDIR, XDG_RUNTIME_DIR, the folder a "../" member would reach), and not where an
    // absolute member pointed.
    QCOMPARE(listing(m_sandbox.path()), before);
    QVERIFY(!QFile::exists(sandbox(u"absolute.log"_s)));
    QVERIFY(!QFile::exists(sandbox(u"escaped.log"_s)));
    QVERIFY(!QFile::exists(sandbox(u"inputs/escaped.log"_s)));
}

int main(int argc, char **argv)
{
    // The child of analyseAsNobody(): drop to nobody while still single-threaded, analyse
    // the arguments, print the outcome.
    const bool child = qEnvironmentVariableIsSet(ChildVariable);
    if (child && (::setgroups(0, nullptr) != 0 || ::setgid(65534) != 0 || ::setuid(65534) != 0))
        return 3;
    QCoreApplication app(argc, argv);
    if (child) {
        const QByteArray text = serialise(analyse(app.arguments().mid(1)));
        return std::fwrite(text.constData(), 1, size_t(text.size()), stdout) == size_t(text.size())
            ? 0
            : 4;
    }
    tst_BadInput test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_badinput.moc"
