// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#include "sources/input/inputprocessor.h"

#include "sources/input/archivereader.h"
#include "sources/input/decompressstream.h"
#include "sources/input/filestream.h"
#include "sources/input/journaldump.h"
#include "sources/input/journalfiles.h"
#include "sources/input/linereader.h"
#include "sources/input/linesink.h"
#include "sources/input/logselection.h"
#include "sources/input/peekstream.h"
#include "sources/input/privatecopy.h"
#include "sources/input/rotationorder.h"
#include "sources/input/supportconfigsections.h"
#include "sources/input/textencoding.h"
#include "sources/scan/logscanner.h"

#include "core/parse/pipeline/logparser.h"

#include <QFileInfo>

#include <algorithm>
#include <cerrno>

using namespace Qt::StringLiterals;

namespace oom {

namespace {

// Containers inside containers (a .tar.gz in a .zip holding .gz logs) up to this depth.
constexpr int MaxNestingDepth = 6;
// A binary journal inside an archive gets a private copy for libsystemd to read
// (privatecopy.h); journald's own files stay below 128 MiB by default.
constexpr qint64 MaxJournalCopyBytes = qint64(1) * 1024 * 1024 * 1024;

// Moves the events the parser completed so far into the outcome, announcing each
// (AnalyzeOptions::eventFound); called while the input is read and once at its end.
void takeEvents(LogParser &parser, InputOutcome &outcome, const AnalyzeOptions &options)
{
    for (OomEvent &event : parser.takeEvents()) {
        event.sourcePath = outcome.summary.displayPath;
        if (options.eventFound)
            options.eventFound(event);
        outcome.events.append(std::move(event));
    }
    outcome.summary.events = int(outcome.events.size());
}

// Up to three samples of a plain file: its head, and when that is plain ASCII, its middle
// and tail too (a log of ASCII kernel lines whose localized messages start later).
QByteArray encodingSample(FileStream *file, QByteArrayView head)
{
    QByteArray sample = head.toByteArray();
    if (!file || textStats(head).nonAscii > 0)
        return sample;
    const qint64 size = file->size().value_or(0);
    if (size <= 3 * SniffBytes)
        return sample;
    for (const qint64 offset : {size / 2, size - SniffBytes}) {
        QByteArray part = file->sampleAt(offset, SniffBytes);
        const qsizetype nl = part.indexOf('\n'); // start on a line boundary
        if (nl >= 0)
            part.remove(0, nl + 1);
        sample += part;
    }
    return sample;
}

} // namespace

InputProcessor::InputProcessor(const AnalyzeOptions &options)
    : m_options(options)
    , m_limits{options.maxDecompressedBytes, options.maxCompressionRatio,
               options.compressionRatioGraceBytes}
{
}

bool InputProcessor::cancelled() const
{
    return m_options.cancel && m_options.cancel->load();
}

// Times before 1990 are placeholders, not times: reproducible tarballs store 0 and zip
// cannot go below 1980. Such a file or member takes the reference of what holds it.
QDateTime InputProcessor::latestTimeFrom(const QDateTime &modified, const QDateTime &enclosing)
{
    return modified.isValid() && modified.date().year() >= 1990 ? modified.toUTC() : enclosing;
}

void InputProcessor::addError(InputOutcome &outcome, const QString &message,
                              InputError::Severity severity) const
{
    outcome.errors.append({outcome.summary.displayPath, message, severity});
}

QString InputProcessor::describeFormat(const QStringList &layers, ContentKind content)
{
    // "tar/xz member, gzip": the archive with the compression around it, then the layers
    // inside the member; the content's kind last unless it is plain text.
    qsizetype archive = -1;
    for (qsizetype i = layers.size() - 1; i >= 0 && archive < 0; --i) {
        if (layers[i] == u"tar"_s || layers[i] == u"zip"_s)
            archive = i;
    }
    QStringList parts;
    if (archive >= 0) {
        QStringList container{layers[archive]};
        for (qsizetype i = archive - 1; i >= 0 && layers[i] != u"tar"_s && layers[i] != u"zip"_s;
             --i)
            container.append(layers[i]);
        parts.append(container.join(u'/') + u" member"_s);
        parts.append(layers.mid(archive + 1));
    } else {
        parts = layers;
    }
    if (content != ContentKind::Text || parts.isEmpty())
        parts.append(contentKindName(content));
    return parts.join(u", "_s);
}

QList<InputOutcome> InputProcessor::processFile(const QString &path, const QString &displayPath,
                                                InputOrigin origin)
{
    QList<InputOutcome> out;
    QString error;
    std::unique_ptr<FileStream> file = FileStream::open(path, &error);
    if (!file) {
        InputOutcome outcome;
        outcome.orderKey = displayPath;
        outcome.summary.displayPath = displayPath;
        addError(outcome, error);
        out.append(outcome);
        return out;
    }
    Context context;
    context.displayPath = displayPath;
    context.orderKey = displayPath;
    context.origin = origin;
    context.latestTime = latestTimeFrom(QFileInfo(path).lastModified(), QDateTime());
    m_outerFile = file.get();
    processStream(*file, file.get(), context, out);
    m_outerFile = nullptr;
    return out;
}

void InputProcessor::processStream(ByteStream &stream, FileStream *file, const Context &context,
                                   QList<InputOutcome> &out)
{
    InputOutcome outcome;
    outcome.orderKey = context.orderKey;
    outcome.summary.displayPath = context.displayPath;
    const auto severity = context.origin == InputOrigin::Explicit ? InputError::Severity::Error
                                                                  : InputError::Severity::Warning;

    // A plain file is sampled with pread() so the scanner gets it untouched (descriptor and
    // all); any other stream is peeked and replayed.
    PeekStream peek(stream);
    QByteArray fileHead;
    QByteArrayView head;
    if (file) {
        fileHead = file->sampleAt(0, SniffBytes);
        head = fileHead;
    } else {
        head = peek.peek(SniffBytes);
    }
    ByteStream &body = file ? static_cast<ByteStream &>(*file) : peek;
    if (head.isEmpty() && !(file ? file->errorString() : peek.errorString()).isEmpty()) {
        addError(outcome, (file ? file->errorString() : peek.errorString()));
        out.append(outcome);
        return;
    }

    const ContentKind kind = sniffContent(head);
    if (context.depth > MaxNestingDepth && (isCompression(kind) || isArchive(kind))) {
        addError(outcome, tr("containers nested more than %1 deep").arg(MaxNestingDepth));
        out.append(outcome);
        return;
    }
    switch (kind) {
    case ContentKind::Empty:
        if (context.origin != InputOrigin::Probe) {
            outcome.read = true;
            outcome.summary.format = describeFormat(context.layers, ContentKind::Text);
            addError(outcome, tr("file is empty"), InputError::Severity::Warning);
            out.append(outcome);
        }
        return;
    case ContentKind::Binary:
        if (context.origin != InputOrigin::Probe) {
            addError(outcome, tr("not a text log (binary data)"), severity);
            out.append(outcome);
        }
        return;
    case ContentKind::SevenZip:
        addError(outcome, tr("7-Zip archives are not supported; unpack it or repack it as .tar.xz"),
                 severity);
        out.append(outcome);
        return;
    case ContentKind::Tar:
    case ContentKind::Zip: processArchive(body, kind, context, out); return;
    case ContentKind::JournalFile:
        processJournalStream(body, file, context, outcome);
        out.append(outcome);
        return;
    default: break;
    }

    if (isCompression(kind)) {
        QString error;
        std::unique_ptr<DecompressStream> inflated =
            DecompressStream::open(body, kind, m_limits, &error);
        if (!inflated) {
            addError(outcome, error);
            out.append(outcome);
            return;
        }
        Context inner = context;
        inner.layers.append(contentKindName(kind));
        ++inner.depth;
        processStream(*inflated, nullptr, inner, out);
        return;
    }

    if (context.origin == InputOrigin::Probe && kind == ContentKind::Text
        && !looksLikeLogText(head))
        return; // a file whose name said nothing and whose content is no log: not an input
    outcome.read = true;
    outcome.summary.format = describeFormat(context.layers, kind);
    if (kind == ContentKind::Text)
        scanText(body, file, head, context, outcome);
    else
        feedByLines(body, kind, context, outcome);
    out.append(outcome);
}

void InputProcessor::scanText(ByteStream &stream, FileStream *file, QByteArrayView head,
                              const Context &context, InputOutcome &outcome)
{
    const TextEncoding encoding = detectEncoding(encodingSample(file, head));
    outcome.summary.encoding = encodingName(encoding);
    ByteStream *input = &stream;
    std::unique_ptr<TranscodingStream> transcoder;
    if (encoding != TextEncoding::Utf8) {
        QString error;
        transcoder = TranscodingStream::create(stream, encoding, &error);
        if (!transcoder) {
            addError(outcome, error);
            return;
        }
        input = transcoder.get();
    }

    LogParser parser(context.displayPath, {.latestTime = context.latestTime});
    const QString displayPath = context.displayPath;
    // Progress counts the bytes of the file on disk: for a plain file what the scanner read
    // (it reads with pread(), the file's position does not move), for a compressed file or
    // an archive member how far the outer file has been read.
    const FileStream *outer = m_outerFile;
    const bool direct = file && outer == file && input == &stream;
    const auto progress = [&](qint64 bytes) {
        takeEvents(parser, outcome, m_options); // incidents as soon as they are complete
        if (m_options.progress)
            m_options.progress(displayPath, direct || !outer ? bytes : outer->position());
    };
    const ScanResult scan = scanStream(*input, parser, m_options.cancel, progress);
    outcome.summary.bytes = scan.stats.bytes;
    outcome.summary.lines = scan.stats.lines;
    takeEvents(parser, outcome, m_options);
    if (!scan.error.isEmpty())
        addError(outcome, scan.error);
}

void InputProcessor::feedByLines(ByteStream &stream, ContentKind kind, const Context &context,
                                 InputOutcome &outcome)
{
    LogParser parser(context.displayPath, {.latestTime = context.latestTime});
    ParserSink sink(parser);
    LineReader reader(stream);
    if (kind == ContentKind::SupportconfigSections) {
        const SupportconfigStats stats = feedSupportconfigSections(reader, sink);
        if (stats.fed.isEmpty())
            addError(outcome, tr("no kernel or system log sections in this supportconfig file"),
                     InputError::Severity::Warning);
    } else {
        const JournalDumpStats stats = kind == ContentKind::JournalExport
            ? feedJournalExport(reader, sink)
            : feedJournalJson(reader, sink);
        if (stats.malformed > 0)
            addError(outcome,
                     tr("%n journal entries could not be read and were skipped", nullptr,
                        int(stats.malformed)),
                     InputError::Severity::Warning);
    }
    parser.finish();
    outcome.summary.bytes = reader.bytesRead();
    outcome.summary.lines = reader.lineNumber();
    takeEvents(parser, outcome, m_options);
    if (reader.failed())
        addError(outcome, reader.errorString());
}

void InputProcessor::processJournalStream(ByteStream &stream, FileStream *file,
                                          const Context &context, InputOutcome &outcome)
{
    outcome.read = true;
    outcome.summary.format = describeFormat(context.layers, ContentKind::JournalFile);
    if (!JournalFiles::available()) {
        addError(outcome, JournalFiles::unavailableMessage());
        return;
    }
    LogParser parser(context.displayPath, {.latestTime = context.latestTime});
    ParserSink sink(parser);
    JournalReadResult read;
    if (file) {
        outcome.summary.bytes = file->size().value_or(0);
        // By path: libsystemd opens its own descriptor (whether it closes one it is given
        // differs between systemd versions).
        read = JournalFiles::readFiles({file->path()}, sink, m_options.cancel);
    } else {
        QString error;
        const std::unique_ptr<PrivateCopy> copy =
            PrivateCopy::create(stream, MaxJournalCopyBytes, &error);
        if (!copy) {
            addError(outcome, tr("journal file: %1").arg(error));
            return;
        }
        outcome.summary.bytes = copy->size();
        read = JournalFiles::readFiles({copy->path()}, sink, m_options.cancel);
    }
    parser.finish();
    outcome.summary.lines = read.entries;
    takeEvents(parser, outcome, m_options);
    if (!read.error.isEmpty())
        addError(outcome, read.error);
}

InputOutcome InputProcessor::processJournalFiles(const QStringList &paths,
                                                 const QString &displayPath)
{
    InputOutcome outcome;
    outcome.orderKey = displayPath;
    outcome.read = true;
    outcome.summary.displayPath = displayPath;
    outcome.summary.format = contentKindName(ContentKind::JournalFile);
    if (!JournalFiles::available()) {
        addError(outcome, JournalFiles::unavailableMessage());
        return outcome;
    }
    LogParser parser(displayPath);
    ParserSink sink(parser);
    const JournalReadResult read = JournalFiles::readFiles(paths, sink, m_options.cancel);
    parser.finish();
    outcome.summary.lines = read.entries;
    for (const QString &path : paths) {
        QString ignored;
        if (auto file = FileStream::open(path, &ignored))
            outcome.summary.bytes += file->size().value_or(0);
    }
    takeEvents(parser, outcome, m_options);
    if (!read.error.isEmpty())
        addError(outcome, read.error);
    return outcome;
}

} // namespace oom
