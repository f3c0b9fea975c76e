// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#include "sources/input/analyzer.h"

#include "sources/input/directorywalker.h"
#include "sources/input/filestream.h"
#include "sources/input/inputprocessor.h"
#include "sources/input/kmsgreader.h"
#include "sources/input/linesink.h"
#include "sources/input/logselection.h"
#include "sources/input/rotationorder.h"

#include "core/parse/pipeline/logparser.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>

#include <algorithm>
#include <cerrno>
#include <sys/stat.h>

using namespace Qt::StringLiterals;

namespace oom {

namespace {

class Analyzer
{
    Q_DECLARE_TR_FUNCTIONS(Analyzer)

public:
    explicit Analyzer(const AnalyzeOptions &options)
        : m_processor(options)
    {
    }

    void addPath(const QString &path);
    AnalyzeResult result() const { return m_result; }

private:
    void addDirectory(const QString &root);
    void addKmsg(const QString &path);
    void append(QList<InputOutcome> outcomes);
    void error(const QString &displayPath, const QString &message,
               InputError::Severity severity = InputError::Severity::Error)
    {
        m_result.errors.append({displayPath, message, severity});
    }

    InputProcessor m_processor;
    AnalyzeResult m_result;
};

void Analyzer::append(QList<InputOutcome> outcomes)
{
    for (InputOutcome &outcome : outcomes) {
        if (outcome.read)
            m_result.inputs.append(outcome.summary);
        m_result.events.append(std::move(outcome.events));
        m_result.errors.append(std::move(outcome.errors));
    }
}

void Analyzer::addPath(const QString &path)
{
    if (path == u"/dev/kmsg"_s) {
        addKmsg(path);
        return;
    }
    if (QFileInfo(path).canonicalFilePath() == u"/proc/kmsg"_s) {
        error(path,
              tr("not read: reading /proc/kmsg takes messages away from the system logger; "
                 "use /dev/kmsg"));
        return;
    }
    struct stat st = {};
    // The path the user named is followed if it is a link; links found inside are not.
    if (::stat(QFile::encodeName(path).constData(), &st) != 0) {
        error(path, describeIoError(errno));
        return;
    }
    if (S_ISDIR(st.st_mode)) {
        addDirectory(path);
        return;
    }
    append(m_processor.processFile(path, path, InputOrigin::Explicit));
}

void Analyzer::addDirectory(const QString &root)
{
    QString base = root;
    while (base.size() > 1 && base.endsWith(u'/'))
        base.chop(1);
    auto full = [&base](const QString &relative) -> QString {
        if (base == u"/"_s)
            return base + relative;
        return base + u'/' + relative;
    };

    const WalkResult walk = DirectoryWalker::walk(base);
    for (const auto &[relative, message] : walk.problems) {
        // The folder itself unreadable is an error; a subfolder of it a warning.
        error(relative.isEmpty() ? root : full(relative), message,
              relative.isEmpty() ? InputError::Severity::Error : InputError::Severity::Warning);
    }
    if (walk.entryLimitReached)
        error(root,
              tr("stopped looking after %1 entries; name the folder holding the logs")
                  .arg(WalkLimits().maxEntries),
              InputError::Severity::Warning);
    if (walk.depthLimitReached)
        error(root,
              tr("folders more than %1 levels deep were not searched").arg(WalkLimits().maxDepth),
              InputError::Severity::Warning);
    if (!walk.problems.isEmpty() && walk.problems.first().first.isEmpty())
        return;

    LogSelection selection;
    for (const QString &file : walk.files)
        selection.notice(file);

    // Journal files of one folder are one input, read interleaved by time.
    QStringList logs;
    QHash<QString, QStringList> journals;
    QHash<QString, FileRole> roles;
    for (const QString &file : walk.files) {
        const FileRole role = selection.classify(file);
        if (role == FileRole::Journal) {
            const qsizetype slash = file.lastIndexOf(u'/');
            const QString folder = slash < 0 ? QString() : file.first(slash);
            if (!journals.contains(folder))
                logs.append(folder.isEmpty() ? u"."_s : folder);
            journals[folder].append(full(file));
        } else if (role != FileRole::Skip) {
            roles.insert(file, role);
            logs.append(file);
        }
    }
    sortOldestFirst(logs);

    const qsizetype inputsBefore = m_result.inputs.size();
    for (const QString &entry : std::as_const(logs)) {
        if (m_processor.cancelled())
            break;
        if (!roles.contains(entry)) {
            const QString folder = entry == u"."_s ? QString() : entry;
            QStringList files = journals.value(folder);
            files.sort();
            append(QList<InputOutcome>{
                m_processor.processJournalFiles(files, folder.isEmpty() ? base : full(folder))});
            continue;
        }
        const InputOrigin origin =
            roles.value(entry) == FileRole::Probe ? InputOrigin::Probe : InputOrigin::Discovered;
        append(m_processor.processFile(full(entry), full(entry), origin));
    }
    if (m_result.inputs.size() == inputsBefore && !m_processor.cancelled())
        error(root, tr("no log files found in this folder"), InputError::Severity::Warning);
}

void Analyzer::addKmsg(const QString &path)
{
    LogParser parser(path);
    ParserSink sink(parser);
    const KmsgReadResult read = KmsgReader::read(sink, path);
    parser.finish();
    if (!read.opened) {
        error(path, read.error);
        return;
    }
    InputSummary summary;
    summary.displayPath = path;
    summary.format = u"kmsg"_s;
    summary.lines = read.records;
    summary.encoding = u"UTF-8"_s;
    QList<OomEvent> events = parser.takeEvents();
    summary.events = int(events.size());
    m_result.inputs.append(summary);
    m_result.events.append(std::move(events));
    if (!read.error.isEmpty())
        error(path, read.error);
}

} // namespace

AnalyzeResult analyzePaths(const QStringList &paths, const AnalyzeOptions &options)
{
    Analyzer analyzer(options);
    for (const QString &path : paths) {
        if (options.cancel && options.cancel->load()) {
            AnalyzeResult partial = analyzer.result();
            partial.errors.append({path, Analyzer::tr("cancelled")});
            return partial;
        }
        analyzer.addPath(path);
    }
    return analyzer.result();
}

} // namespace oom
