// The LiaisonEngine module; see README "Guide to the sources".
