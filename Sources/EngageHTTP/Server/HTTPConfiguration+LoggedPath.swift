extension HTTPConfiguration {
    /// `path` as the access log writes it: under one of `secretPathPrefixes`, the prefix and `…`
    /// in place of the rest. The prefix is compared ignoring case, with the path as sent and
    /// percent-decoded, so no spelling that reaches the route (or nearly does) writes its secret.
    public func loggedPath(_ path: String) -> String {
        guard !secretPathPrefixes.isEmpty else { return path }
        let spellings = [path.lowercased(), PercentDecoding.decode(path.utf8)?.lowercased()].compactMap { $0 }
        for prefix in secretPathPrefixes where spellings.contains(where: { $0.hasPrefix(prefix.lowercased()) }) {
            return prefix + "…"
        }
        return path
    }
}
