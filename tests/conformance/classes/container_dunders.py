class Playlist:
    def __init__(self, *songs):
        self.songs = list(songs)

    def __len__(self):
        return len(self.songs)

    def __getitem__(self, index):
        return self.songs[index]

    def __contains__(self, song):
        return song.lower() in (s.lower() for s in self.songs)

p = Playlist("Intro", "Verse", "Outro")
print(len(p), p[0], p[-1], p[1:])
print("verse" in p, "chorus" in p)
print(list(p))
print(bool(Playlist()))
