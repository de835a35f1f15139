namespace SentimentMonitor.ML.Hashing;

/// <summary>
/// Reusable buffers for one post's sparse features: distinct indices with their counts, deduplicated through a
/// small open-addressing table that is reset entry by entry (not cleared whole) between posts. One per thread.
/// </summary>
internal sealed class FeatureScratch
{
    private int[] _indices = new int[512];
    private float[] _values = new float[512];
    private int[] _positions = new int[512]; // table position of each slot (−1 for appended features)
    private int[] _table = new int[1024]; // slot + 1 of each stored index, 0 = empty
    private int _mask = 1023;

    public int Count { get; private set; }

    public Span<int> Indices => _indices.AsSpan(0, Count);

    public Span<float> Values => _values.AsSpan(0, Count);

    /// <summary>Forgets the previous post and makes room for up to <paramref name="capacity"/> distinct features.</summary>
    public void Clear(int capacity)
    {
        for (int i = 0; i < Count; i++)
        {
            if (_positions[i] >= 0)
                _table[_positions[i]] = 0;
        }
        Count = 0;
        if (capacity > _indices.Length)
        {
            int size = (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)capacity);
            _indices = new int[size];
            _values = new float[size];
            _positions = new int[size];
            _table = new int[size * 2];
            _mask = size * 2 - 1;
        }
    }

    /// <summary>Counts one occurrence of a hashed feature.</summary>
    public void Add(int index)
    {
        int position = Find(index);
        int slot = _table[position];
        if (slot != 0)
        {
            _values[slot - 1] += 1f;
            return;
        }
        _indices[Count] = index;
        _values[Count] = 1f;
        _positions[Count] = position;
        _table[position] = ++Count;
    }

    /// <summary>Appends a feature known not to be present yet (the dense lexicon features after the buckets).</summary>
    public void Append(int index, float value)
    {
        if (Count == _indices.Length)
        {
            Array.Resize(ref _indices, Count * 2);
            Array.Resize(ref _values, Count * 2);
            Array.Resize(ref _positions, Count * 2);
        }
        _indices[Count] = index;
        _values[Count] = value;
        _positions[Count] = -1;
        Count++;
    }

    private int Find(int index)
    {
        int position = (int)((uint)index * 0x9E3779B1u >> 7) & _mask;
        while (true)
        {
            int slot = _table[position];
            if (slot == 0 || _indices[slot - 1] == index)
                return position;
            position = (position + 1) & _mask;
        }
    }
}
