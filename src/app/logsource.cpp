// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#include "app/logsource.h"

#include "sources/input/archivereader.h"
#include "sources/input/contentsniffer.h"
#include "sources/input/decompressstream.h"
#include "sources/input/filestream.h"
#include "sources/input/peekstream.h"

#include <QFileInfo>

#include <memory>
#include <vector>

namespace {

const QString MemberSeparator = QStringLiteral("!/");

// The streams of one opened input, outermost first; each reads from the one before it.
struct StreamChain {
    std::vector<std::unique_ptr<oom::ByteStream>> streams;
    std::vector<std::unique_ptr<oom::ArchiveReader>> archives;
    oom::ByteStream *top = nullptr;

    void push(std::unique_ptr<oom::ByteStream> stream)
    {
        top = stream.get();
        streams.push_back(std::move(stream));
    }
};

// Peels compression layers off the chain's top until it is not compressed; returns what
// the remaining content is.
bool peelCompression(StreamChain &chain, oom::ContentKind *kind, QString *error)
{
    for (;;) {
        auto peek = std::make_unique<oom::PeekStream>(*chain.top);
        *kind = oom::sniffContent(peek->peek(oom::SniffBytes));
        chain.push(std::move(peek));
        if (!oom::isCompression(*kind))
            return true;
        auto decompress = oom::DecompressStream::open(*chain.top, *kind, {}, error);
        if (!decompress)
            return false;
        chain.push(std::move(decompress));
    }
}

bool openMember(StreamChain &chain, const QString &member, QString *error)
{
    auto reader = std::make_unique<oom::ArchiveReader>(*chain.top, oom::DecompressionLimits{});
    if (!reader->open(error))
        return false;
    oom::ArchiveMember entry;
    for (;;) {
        switch (reader->next(&entry)) {
        case oom::ArchiveReader::Step::End:
            *error = LogSource::tr("the archive has no member %1").arg(member);
            return false;
        case oom::ArchiveReader::Step::Error: *error = reader->errorString(); return false;
        case oom::ArchiveReader::Step::Member: break;
        }
        if (entry.kind == oom::ArchiveMember::Kind::Regular && entry.path == member)
            break;
    }
    chain.top = &reader->memberStream();
    chain.archives.push_back(std::move(reader));
    return true;
}

} // namespace

QString LogSource::plainFilePath(const QString &displayPath)
{
    if (displayPath.contains(MemberSeparator))
        return {};
    QString error;
    auto file = oom::FileStream::open(displayPath, &error);
    if (!file)
        return {};
    const QByteArray head = file->sampleAt(0, oom::SniffBytes);
    const oom::ContentKind kind = oom::sniffContent(head);
    if (kind == oom::ContentKind::Text || kind == oom::ContentKind::Empty)
        return QFileInfo(displayPath).absoluteFilePath();
    return {};
}

bool LogSource::stream(const QString &displayPath, const std::function<bool(QByteArrayView)> &sink,
                       const std::atomic_bool &cancel, QString *error)
{
    const QStringList parts = displayPath.split(MemberSeparator);
    StreamChain chain;
    auto file = oom::FileStream::open(parts.first(), error);
    if (!file)
        return false;
    chain.push(std::move(file));
    oom::ContentKind kind = oom::ContentKind::Text;
    if (!peelCompression(chain, &kind, error))
        return false;
    for (qsizetype i = 1; i < parts.size(); ++i) {
        if (!oom::isArchive(kind)) {
            *error = tr("%1 is not an archive").arg(parts.mid(0, i).join(MemberSeparator));
            return false;
        }
        if (!openMember(chain, parts.at(i), error))
            return false;
        if (!peelCompression(chain, &kind, error))
            return false;
    }
    if (kind == oom::ContentKind::JournalFile || kind == oom::ContentKind::Binary
        || oom::isArchive(kind)) {
        *error = tr("this input is not a text log (%1); the log view shows text logs only")
                     .arg(oom::contentKindName(kind));
        return false;
    }

    QByteArray buffer(1 << 20, Qt::Uninitialized);
    while (!cancel.load(std::memory_order_relaxed)) {
        const qint64 got = chain.top->read(buffer.data(), buffer.size());
        if (got < 0) {
            *error = chain.top->errorString();
            return false;
        }
        if (got == 0)
            return true;
        if (!sink(QByteArrayView(buffer.constData(), got)))
            return true;
    }
    return true;
}
