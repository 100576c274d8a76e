/// The keyed container of `TreeEncoder`: members of an object, keys in snake_case.
struct KeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let encoder: TreeEncoder
    let box: ObjectBox
    var codingPath: [any CodingKey] { encoder.codingPath }

    mutating func encodeNil(forKey key: Key) throws { box[encoder.keys.convert(key)] = .null }

    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        box[encoder.keys.convert(key)] = try encoder.node(for: value, at: key)
    }

    // The common scalars, without the generic path's dynamic casts.
    mutating func encode(_ value: String, forKey key: Key) throws { box[encoder.keys.convert(key)] = .string(value) }
    mutating func encode(_ value: Bool, forKey key: Key) throws { box[encoder.keys.convert(key)] = .bool(value) }
    mutating func encode(_ value: Int, forKey key: Key) throws { box[encoder.keys.convert(key)] = .number(String(value)) }
    mutating func encode(_ value: Int64, forKey key: Key) throws { box[encoder.keys.convert(key)] = .number(String(value)) }
    mutating func encode(_ value: Int32, forKey key: Key) throws { box[encoder.keys.convert(key)] = .number(String(value)) }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        let child = TreeEncoder(codingPath: codingPath + [key], keys: encoder.keys)
        let container = child.container(keyedBy: keyType)
        box[encoder.keys.convert(key)] = child.node
        return container
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        let child = TreeEncoder(codingPath: codingPath + [key], keys: encoder.keys)
        let container = child.unkeyedContainer()
        box[encoder.keys.convert(key)] = child.node
        return container
    }

    mutating func superEncoder() -> any Encoder { superEncoder(named: "super") }

    mutating func superEncoder(forKey key: Key) -> any Encoder { superEncoder(named: encoder.keys.convert(key)) }

    private func superEncoder(named name: String) -> any Encoder {
        let child = TreeEncoder(codingPath: codingPath, keys: encoder.keys)
        let box = ObjectBox()
        child.node = .object(box)
        self.box[name] = .object(box)
        return child
    }
}

/// The unkeyed container of `TreeEncoder`: elements of an array.
struct UnkeyedContainer: UnkeyedEncodingContainer {
    let encoder: TreeEncoder
    let box: ArrayBox
    var codingPath: [any CodingKey] { encoder.codingPath }
    var count: Int { box.items.count }

    mutating func encodeNil() throws { box.items.append(.null) }

    mutating func encode<T: Encodable>(_ value: T) throws {
        box.items.append(try encoder.node(for: value, at: nil))
    }

    // The common scalars, without the generic path's dynamic casts.
    mutating func encode(_ value: String) throws { box.items.append(.string(value)) }
    mutating func encode(_ value: Bool) throws { box.items.append(.bool(value)) }
    mutating func encode(_ value: Int) throws { box.items.append(.number(String(value))) }
    mutating func encode(_ value: Int64) throws { box.items.append(.number(String(value))) }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        let child = TreeEncoder(codingPath: codingPath, keys: encoder.keys)
        let container = child.container(keyedBy: keyType)
        box.items.append(child.node ?? .null)
        return container
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        let child = TreeEncoder(codingPath: codingPath, keys: encoder.keys)
        let container = child.unkeyedContainer()
        box.items.append(child.node ?? .null)
        return container
    }

    mutating func superEncoder() -> any Encoder {
        let child = TreeEncoder(codingPath: codingPath, keys: encoder.keys)
        let object = ObjectBox()
        child.node = .object(object)
        box.items.append(.object(object))
        return child
    }
}

/// The single-value container of `TreeEncoder`.
struct SingleValueContainer: SingleValueEncodingContainer {
    let encoder: TreeEncoder
    var codingPath: [any CodingKey] { encoder.codingPath }

    mutating func encodeNil() throws { encoder.node = .null }

    mutating func encode<T: Encodable>(_ value: T) throws {
        encoder.node = try encoder.node(for: value, at: nil)
    }

    // The common scalars, without the generic path's dynamic casts.
    mutating func encode(_ value: String) throws { encoder.node = .string(value) }
    mutating func encode(_ value: Bool) throws { encoder.node = .bool(value) }
    mutating func encode(_ value: Int) throws { encoder.node = .number(String(value)) }
    mutating func encode(_ value: Int64) throws { encoder.node = .number(String(value)) }
}
